// Intake: finding the students in SUBMISSIONS and taking their exercise files.
//
// One entry per student: a folder, a git clone (a folder with .git: a commit of it is read with
// git's plumbing, see git_clone.hpp; no hook or anything else of theirs is run), or a .zip /
// .tar.gz / .tgz / .tar archive. The id is the entry's name without the archive extension;
// names starting with '.' are skipped.
//
// Only the spec's source files are taken, nothing else: a student's edited grader, reference,
// spec or build files are never read. Where a file is looked for, in order:
//   1. the root is the entry; while no spec file is at its spec path (exercises/gd_1d.cpp)
//      and the root holds a single folder and nothing else, the root moves into it (at most 3
//      times: "alice/" or "repo-main/" wrappers of archives);
//   2. root/<spec path>, else root/<file name> (files handed in without the exercises/ folder).
// A git clone is read at its checked-out commit, or with a deadline at the last commit at or
// before it by committer date (none: status late); the same rules apply to that commit's files.
// A symbolic link, a FIFO, a device or a file over 1 MB is not taken (and the feedback says so).
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "batch/archive.hpp"
#include "batch/record.hpp"
#include "spec/spec.hpp"

namespace gdlab::batch {

struct Entry {
  std::string id;    // the student id; for a bad name, a safe stand-in (see status)
  std::string name;  // the entry's name as found (shown only through text::printable)
  std::filesystem::path path;
  bool archive = false;
  Status status = Status::ok;  // bad_id or duplicate when listing already rules it out
  std::string detail;
};

// Every entry, sorted by id. `skip` (the output folder, when it is inside) is left out. `id_of`
// may give the id of an entry name (a GitHub Classroom roster: repository -> student).
using IdOf = std::function<std::optional<std::string>(const std::string& name)>;
std::vector<Entry> list_entries(const std::filesystem::path& submissions, const std::filesystem::path& skip = {},
                                const IdOf& id_of = {});

// [A-Za-z0-9._@-]+, not starting with '.'.
bool is_student_id(const std::string& id);

struct Taken {
  Status status = Status::ok;                // ok, no_files, bad_archive or unreadable
  std::string detail;                        // why, when not ok
  std::map<std::string, std::string> files;  // spec source path -> bytes
  std::vector<std::string> missing;          // spec source paths not found
  std::vector<std::string> notes;            // files seen but not taken, and why
  std::string kind;                          // "folder", "git clone" or "archive"
  std::string commit;                        // a git clone: the commit graded (full hash)
  std::int64_t commit_time = 0;              // and its committer time (seconds since the epoch)
  std::string commit_subject;                // and its message's first line (the student's words)
  int later_commits = 0;                     // with a deadline: commits after it, not graded
};

// `deadline` (seconds since the epoch) chooses a clone's commit; it changes nothing else.
Taken take_files(const Entry& entry, const spec::Spec& spec, const ArchiveLimits& limits = {},
                 std::optional<std::int64_t> deadline = std::nullopt);

// What identifies a grading: FNV-1a 64 of the taken files (sorted by path, each framed by its
// path and length), their total size, and FNV-1a 64 of the spec's text; with the student id
// when the spec has per-student variants (then two students' results are never the same).
// Identical keys are graded once; the resume check compares keys. A 64-bit collision would
// make a changed submission look done on resume: ~2^-64 per pair, and --force regrades.
std::string content_key(const Taken& taken, const std::string& spec_text, const std::string& variant_id);

// Writes the taken files at their spec paths under `folder` (the private copy that is graded).
void write_files(const Taken& taken, const std::filesystem::path& folder);

}  // namespace gdlab::batch
