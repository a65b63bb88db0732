// What the batch keeps of one student: the status of their row, their points per problem and
// the verdict of every test. It is written as the student's meta.json, last, as the marker that
// the student is done; the gradebook and the summary are made from these records alone, so
// `gdlab merge` needs nothing but the shard folders.
#pragma once

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

#include "grading/verdict.hpp"

namespace gdlab::batch {

// A row's status in the gradebook (its text is what the CSV says).
enum class Status {
  ok,             // every problem built and ran (whatever the points)
  compile_error,  // some problem did not compile; the others were graded
  missing_files,  // some of the spec's files were not in the submission; the others were graded
  no_files,       // none of the spec's files were there (an empty folder, a wrong layout)
  bad_archive,    // corrupt, or unsafe: absolute or ../ paths, links, devices, too large
  unreadable,     // the entry cannot be read, or is neither a folder nor a .zip/.tar.gz/.tgz/.tar
  bad_id,         // the entry's name has characters outside [A-Za-z0-9._@-]
  duplicate,      // two entries give the same id (alice/ and alice.zip)
  pending,        // not graded yet (a run with --only graded others)
  late,           // a git clone with no commit at or before --deadline
  error,          // the grader failed on this one: "error:<short>"
};
constexpr Status last_status = Status::error;  // keep it the last enumerator

std::string to_string(Status s);
// The status whose to_string is `text`; throws std::runtime_error for any other text.
Status status_from_string(const std::string& text);

struct TestRecord {
  std::string problem, name, verdict;
  double score = 0, max_score = 0;
  std::vector<std::string> failed_checks = {};  // the kinds of the checks that failed
  std::vector<std::string> mistakes = {};       // the named mistakes its result matched (grading/mistakes)
};

struct ProblemScore {
  std::string id;
  double score = 0, max_score = 0;
  std::string file = {};  // what was graded: "<problem>:<FNV-1a 64 of the file>" or "<problem>:missing"
};

struct StudentRecord {
  std::string id;
  Status status = Status::ok;
  std::string error;               // Status::error only: a few words of [a-z0-9_]
  std::string detail;              // what happened, for the instructor, one or two sentences
  std::string content_key;         // the files taken and the spec (see intake.hpp); empty if none taken
  std::string graded_as;           // "graded" or "reused:<ids>" (identical files): this run's, not in meta.json
  std::vector<std::string> notes;  // files seen but not taken, and why (intake.hpp)
  std::string commit;              // a git clone: the commit graded (full hash); empty otherwise
  std::string commit_date;         // its committer date, UTC ("2026-12-01T22:59:59Z")
  std::string commit_subject;      // its message's first line, as the student wrote it
  std::string deadline;            // a clone graded with --deadline: the deadline, UTC; empty otherwise
  int later_commits = 0;           // and the commits after it, which were not graded
  std::vector<ProblemScore> problems;
  std::vector<TestRecord> tests;

  double total() const;
  double max_score() const;
  std::string status_text() const;  // "ok", ..., "error:<short>"
};

// A record for a graded report; the status follows from its problems and what was taken.
StudentRecord record_of(const std::string& id, const grading::Report& report,
                        const std::vector<std::string>& missing_sources);

// A row that was not graded: every problem at 0 of its points.
StudentRecord record_without_grading(const std::string& id, Status status, std::string detail,
                                     const std::vector<ProblemScore>& problems);

// meta.json. Not graded_as: who lent a result depends on who else is in the run or the shard,
// and a student's folder depends on their files alone (a regrade or a shard writes the same).
nlohmann::json to_json(const StudentRecord& r);
StudentRecord record_from_json(const nlohmann::json& j);  // throws on a malformed record

}  // namespace gdlab::batch
