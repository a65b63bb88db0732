// Reading a student's git clone at one commit, without running anything of theirs.
//
// gdlab grade grades a commit, never a working tree: the checked-out commit (HEAD), or with a
// deadline the last commit at or before it by committer date among HEAD's history. Committer
// dates come from the student's machine (GIT_COMMITTER_DATE sets them): a deadline by commit
// date is a convention, not proof of when the work was pushed.
//
// git runs as plumbing only (rev-parse, rev-list, ls-tree, cat-file: no hook, pager, filter,
// fsmonitor or signature check runs for these), with an empty environment but for GIT_DIR, no
// system or global configuration, safe.directory=* (a clone owned by another user is read as
// it is), a time limit and capped output. A clone whose .git is a file (a worktree pointing
// elsewhere) or that borrows objects from another repository (objects/info/alternates,
// commondir) is not read: it could make gdlab read files outside the clone.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace gdlab::batch {

struct Commit {
  std::string hash;
  std::int64_t committer_time = 0;  // seconds since the epoch
};

// "2026-12-01T23:59:59+01:00", "...Z" or "...-05:00" (seconds optional) -> seconds since the
// epoch; nothing, with `why`, for anything else.
std::optional<std::int64_t> parse_deadline(const std::string& text, std::string& why);

// Seconds since the epoch as "2026-12-01T22:59:59Z".
std::string utc_text(std::int64_t seconds);

struct CommitChoice {
  std::optional<Commit> chosen;  // the commit to grade
  std::optional<Commit> first;   // the earliest commit there is (said when none is early enough)
  int after_deadline = 0;        // commits of HEAD's history whose committer date is after the deadline
  std::string error;             // not a clone gdlab reads, or git failed: why
  bool no_commit = false;        // a repository without any commit (error says so too)
};

// HEAD, or with a deadline the last commit at or before it (ties: the first rev-list shows).
CommitChoice choose_commit(const std::filesystem::path& clone, std::optional<std::int64_t> deadline);

// The first line of the commit's message (its subject, as `git log --format=%s` would begin it),
// at most 200 bytes; "" when it cannot be read. Read with cat-file: nothing the clone configures runs.
std::string commit_subject(const std::filesystem::path& clone, const std::string& commit);

struct TreeFile {
  std::string path;  // relative to the repository's top
  std::string object;
  std::uint64_t size = 0;
  bool link = false;  // a symbolic link (mode 120000): never taken
};

// Every file of `commit`'s tree (submodules left out); nothing, with `error`, when git fails.
std::optional<std::vector<TreeFile>> list_tree(const std::filesystem::path& clone, const std::string& commit,
                                               std::string& error);

// One blob's bytes, or nothing when it cannot be read or is larger than `cap`.
std::optional<std::string> read_blob(const std::filesystem::path& clone, const std::string& object, std::uint64_t cap);

}  // namespace gdlab::batch
