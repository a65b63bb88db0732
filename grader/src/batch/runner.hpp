// `gdlab grade`'s engine: take every student's files, skip who is done, grade the rest on
// `jobs` threads, write each student's files as they finish and the class's files at the end.
//
// The unit of work is one problem's file: each distinct (problem, file bytes) of the class is
// graded once, by submission::grade(spec, folder, toolchain, {.only_problem = P}) on a private
// folder holding just that file (DIR/.work/task-N/), and its result serves every student who
// handed in the same bytes (a test that varies per student keeps the student in the key). So
// identical submissions cost nothing, a buggy submission that shares four files with the
// solutions costs one problem, no two workers ever build the same file, and a file that does not
// compile is compiled once. A student done in an earlier run lends their results the same way
// (students/<id>/report.json). grade() forks its own children and the build cache is safe
// across threads and processes, so the workers need no other coordination.
#pragma once

#include <cstdint>
#include <filesystem>
#include <iosfwd>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "batch/archive.hpp"
#include "batch/intake.hpp"
#include "batch/lms.hpp"
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
  std::string spec_text;  // the spec file's bytes: part of every content key
  unsigned jobs = 1;
  std::vector<std::string> only;  // regrade just these ids (the others keep their results)
  bool force = false;             // regrade everyone
  std::optional<Shard> shard;
  std::optional<std::int64_t> deadline;  // a clone's commit: the last at or before it (git_clone.hpp)
  std::string deadline_text;             // as the instructor wrote it, for batch.json
  LmsOptions lms;                        // rosters: canvas.csv, moodle.csv, Classroom ids (lms.hpp)
  build::Toolchain toolchain = build::Toolchain::installed();
  ArchiveLimits limits;
};

struct BatchResult {
  std::vector<std::string> students;                 // this run's class (or shard), sorted
  std::vector<std::string> graded, reused, resumed;  // how each graded row came to be
  std::vector<std::string> not_graded, pending, errors;
  bool stopped = false;  // request_stop() came before the end
  std::vector<StudentRecord> records;
  std::vector<std::string> stale;  // folders in DIR/students of ids not in this run (an earlier run's)
  double seconds = 0;
};

// Asks a running batch to stop taking students (from a signal handler: async-signal-safe).
// The problems being graded finish but are not kept (the signal may have reached their compiler
// or program too); every student not yet written is `pending` in the gradebook, and the next
// run resumes them.
void request_stop();
bool stop_requested();

// Whether a gdlab grade is writing to `out` now (it holds out/.lock until it ends or is killed).
bool being_graded(const std::filesystem::path& out);
// The shard the last gdlab grade on `out` was given, as its out/.lock says; none for a whole class.
std::optional<Shard> shard_in_lock(const std::filesystem::path& out);

// `progress` gets the bar (terminal) or a line per student.
BatchResult run_batch(const BatchOptions& options, std::ostream& progress, bool terminal);

// The class's columns: every problem of the spec with its points.
std::vector<ProblemScore> columns_of(const spec::Spec& spec);

// DIR/gradebook.csv, DIR/summary.md, DIR/summary.html and DIR/batch.json, each atomically; with
// rosters, also canvas.csv and/or moodle.csv, and summary.md's Roster section; with `stale`
// folders (stale_folders.hpp), a section naming them.
void write_class_files(const std::filesystem::path& out, const std::string& assignment,
                       const std::vector<StudentRecord>& records, const std::vector<ProblemScore>& problems,
                       const nlohmann::json& batch, const LmsOptions& lms = {},
                       const std::vector<std::string>& stale = {});

// With a GitHub Classroom roster among `lms`'s, what turns a downloaded entry's name into the
// student's id; else nothing.
IdOf classroom_ids(const LmsOptions& lms);

}  // namespace gdlab::batch
