// `gdlab grade`'s engine: take every student's files, skip who is done, grade the rest on
// `jobs` threads (identical submissions once), write each student's files as they finish and
// the class's files at the end.
//
// Each worker calls grading::grade() for one submission at a time, on a private copy of the
// files taken (DIR/.work/<id>/); grade() forks its own children and the build cache is safe
// across threads and processes. Before grading, a worker builds the submission's files that no
// other worker is building (and waits for those another is), so a file shared by several
// submissions is compiled once and two workers never compile the same file at the same time.
#pragma once

#include <filesystem>
#include <iosfwd>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "batch/archive.hpp"
#include "batch/record.hpp"
#include "batch/shard.hpp"
#include "build/compile.hpp"
#include "spec/spec.hpp"

namespace gdlab::batch {

// A mistake in what was asked (unknown --only id, DIR locked by another run): exit 2.
struct BadRequest : std::runtime_error {
  using std::runtime_error::runtime_error;
};

struct BatchOptions {
  std::filesystem::path submissions, out;
  spec::Spec spec;
  std::string spec_text;               // the spec file's bytes: part of every content key
  unsigned jobs = 1;
  std::vector<std::string> only;       // regrade just these ids (the others keep their results)
  bool force = false;                  // regrade everyone
  std::optional<Shard> shard;
  build::Toolchain toolchain = build::Toolchain::installed();
  ArchiveLimits limits;
};

struct BatchResult {
  std::vector<std::string> students;                   // this run's class (or shard), sorted
  std::vector<std::string> graded, reused, resumed;    // how each graded row came to be
  std::vector<std::string> not_graded, pending, errors;
  bool stopped = false;                                // request_stop() came before the end
  std::vector<StudentRecord> records;
  double seconds = 0;
};

// Asks a running batch to stop taking students (from a signal handler: async-signal-safe).
// The students being graded finish and are written; the others are `pending` in the gradebook,
// and the next run resumes them.
void request_stop();
bool stop_requested();

// `progress` gets the bar (terminal) or a line per student.
BatchResult run_batch(const BatchOptions& options, std::ostream& progress, bool terminal);

// The class's columns: every problem of the spec with its points.
std::vector<ProblemScore> columns_of(const spec::Spec& spec);

// DIR/gradebook.csv, DIR/summary.md and DIR/batch.json, each atomically.
void write_class_files(const std::filesystem::path& out, const std::string& assignment,
                       const std::vector<StudentRecord>& records, const std::vector<ProblemScore>& problems,
                       const nlohmann::json& batch);

}  // namespace gdlab::batch
