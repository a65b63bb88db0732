// Git clones and deadlines: gdlab grade reads a clone at a commit (HEAD, or the last one at or
// before --deadline by committer date), with real repositories whose commits are dated with
// GIT_COMMITTER_DATE, and nothing of the student's (hooks, configured programs) ever runs.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <unistd.h>

#include <ctime>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <random>
#include <sstream>

#include "batch/git_clone.hpp"
#include "batch/intake.hpp"
#include "commands/grade.hpp"
#include "shell.hpp"
#include "spec/loader.hpp"
#include "support.hpp"

namespace gdlab::testing {
namespace {
using test_support::read_file;
using test_support::TempDir;
namespace fs = std::filesystem;
using test_shell::quoted;

const fs::path source_dir = GDLAB_SOURCE_DIR;
const std::string one_problem_spec = (source_dir / "tests/corpus/hostile/spec.yaml").string();  // gd_1d only

std::string git(const fs::path& repo, const std::string& args, const std::string& env = "") {
  auto r = test_shell::run(env + " git -C " + quoted(repo.string()) +
                           " -c user.name=s -c user.email=s@example.org -c init.defaultBranch=main " + args);
  EXPECT_EQ(r.status, 0) << args << ": " << r.out;
  while (!r.out.empty() && r.out.back() == '\n') r.out.pop_back();
  return r.out;
}

// Commits `gd_1d` (the file's text) with this committer date (and an author date of its own),
// and returns the commit's hash.
std::string commit(const fs::path& repo, const std::string& gd_1d, const std::string& committer_date,
                   const std::string& author_date = "2026-01-01T00:00:00Z") {
  fs::create_directories(repo / "exercises");
  std::ofstream(repo / "exercises/gd_1d.cpp") << gd_1d;
  git(repo, "add -A");
  git(repo, "commit -qm work", "GIT_COMMITTER_DATE=" + committer_date + " GIT_AUTHOR_DATE=" + author_date);
  return git(repo, "rev-parse HEAD");
}

std::int64_t utc(int y, int mo, int d, int h, int mi, int s) {
  std::tm tm{};
  tm.tm_year = y - 1900;
  tm.tm_mon = mo - 1;
  tm.tm_mday = d;
  tm.tm_hour = h;
  tm.tm_min = mi;
  tm.tm_sec = s;
  return static_cast<std::int64_t>(timegm(&tm));
}

std::int64_t deadline(const std::string& text) {
  std::string why;
  const auto d = batch::parse_deadline(text, why);
  EXPECT_TRUE(d) << why;
  return d.value_or(0);
}

const spec::Spec& spec() {
  static const spec::Spec s = *spec::load_spec(one_problem_spec).spec;
  return s;
}

batch::Taken take(const fs::path& clone, std::optional<std::int64_t> at = std::nullopt) {
  batch::Entry e;
  e.id = e.name = clone.filename().string();
  e.path = clone;
  return batch::take_files(e, spec(), {}, at);
}

TEST(Deadline, ReadsTheOffsetAndRefusesWhatIsNoTime) {
  EXPECT_EQ(deadline("2026-12-01T23:59:59+01:00"), utc(2026, 12, 1, 22, 59, 59));
  EXPECT_EQ(deadline("2026-12-01T22:59:59Z"), utc(2026, 12, 1, 22, 59, 59));
  EXPECT_EQ(deadline("2026-12-01T18:30-05:30"), utc(2026, 12, 2, 0, 0, 0));
  EXPECT_EQ(deadline("2028-02-29T00:00:00Z"), utc(2028, 2, 29, 0, 0, 0));
  EXPECT_EQ(batch::utc_text(utc(2026, 12, 1, 22, 59, 59)), "2026-12-01T22:59:59Z");
  for (const char* bad : {"2026-12-01T23:59:59", "2026-13-01T00:00:00Z", "2027-02-29T00:00:00Z", "2026-12-01T24:00:00Z",
                          "2026-12-01T23:59:59+15:00", "tomorrow", "1764629999"}) {
    std::string why;
    EXPECT_FALSE(batch::parse_deadline(bad, why)) << bad;
    EXPECT_NE(why.find(bad), std::string::npos) << why;
  }
}

// Three commits: before the deadline, exactly at it, and after it with an author date before it
// (the committer date decides). The deadline picks the second; no deadline, HEAD.
TEST(Deadline, TheLastCommitAtOrBeforeItByCommitterDateIsGraded) {
  TempDir dir;
  const fs::path repo = dir.path / "amy";
  git(dir.path, "init -q amy");
  const auto early = commit(repo, "// early\n", "2026-11-30T10:00:00Z");
  const auto on_time = commit(repo, "// on time\n", "2026-12-01T23:59:59+01:00");
  const auto late = commit(repo, "// late\n", "2026-12-02T08:00:00Z", "2026-11-01T00:00:00Z");

  auto t = take(repo, deadline("2026-12-01T23:59:59+01:00"));
  EXPECT_EQ(t.status, batch::Status::ok) << t.detail;
  EXPECT_EQ(t.commit, on_time);
  EXPECT_EQ(t.commit_time, deadline("2026-12-01T23:59:59+01:00"));
  EXPECT_EQ(t.files.at("exercises/gd_1d.cpp"), "// on time\n");

  t = take(repo, deadline("2026-12-01T23:59:58+01:00"));  // one second earlier
  EXPECT_EQ(t.commit, early);
  EXPECT_EQ(t.files.at("exercises/gd_1d.cpp"), "// early\n");

  t = take(repo);
  EXPECT_EQ(t.commit, late);
  EXPECT_EQ(t.files.at("exercises/gd_1d.cpp"), "// late\n");
  EXPECT_EQ(t.kind, "git clone");

  t = take(repo, deadline("2026-11-30T09:59:59Z"));
  EXPECT_EQ(t.status, batch::Status::late);
  EXPECT_TRUE(t.files.empty());
  EXPECT_TRUE(t.commit.empty());
  for (const std::string& words :
       {std::string("2026-11-30T09:59:59Z"), early.substr(0, 12), std::string("committer date")})
    EXPECT_NE(t.detail.find(words), std::string::npos) << t.detail;
}

// The commit is graded, not the folder: an uncommitted edit changes nothing and is noted.
TEST(Deadline, UncommittedChangesAreNotGradedAndTheNotesSaySo) {
  TempDir dir;
  const fs::path repo = dir.path / "bo";
  git(dir.path, "init -q bo");
  const auto head = commit(repo, "// committed\n", "2026-11-30T10:00:00Z");
  std::ofstream(repo / "exercises/gd_1d.cpp") << "// edited after\n";
  const auto t = take(repo);
  EXPECT_EQ(t.files.at("exercises/gd_1d.cpp"), "// committed\n");
  ASSERT_EQ(t.notes.size(), 1u);
  EXPECT_NE(t.notes[0].find(head.substr(0, 12)), std::string::npos) << t.notes[0];

  // A repository without a commit has nothing to grade.
  git(dir.path, "init -q empty");
  std::ofstream(dir.path / "empty/gd_1d.cpp") << "// never committed\n";
  const auto empty = take(dir.path / "empty");
  EXPECT_EQ(empty.status, batch::Status::no_files);
  EXPECT_NE(empty.detail.find("no commit"), std::string::npos) << empty.detail;
}

// What the student's repository configures never runs: fsmonitor, pager, a signature checker
// and hooks all point at a program that would leave a mark.
TEST(Deadline, NothingTheCloneConfiguresRuns) {
  TempDir dir;
  const fs::path repo = dir.path / "eve", mark = dir.path / "RAN";
  git(dir.path, "init -q eve");
  commit(repo, "// eve\n", "2026-11-30T10:00:00Z");
  const fs::path evil = dir.path / "evil.sh";
  std::ofstream(evil) << "#!/bin/sh\ntouch " << mark.string() << "\n";
  fs::permissions(evil, fs::perms::owner_all);
  for (const char* key : {"core.fsmonitor", "core.pager", "gpg.program", "core.sshCommand", "diff.external"})
    git(repo, std::string("config ") + key + " " + quoted(evil.string()));
  git(repo, "config log.showSignature true");
  git(repo, "config core.hooksPath " + quoted(dir.path.string()));
  for (const char* hook : {"post-checkout", "pre-commit", "post-index-change", "reference-transaction"})
    fs::copy_file(evil, dir.path / hook);
  // The trap works: an ordinary `git status` in that clone springs it.
  test_shell::run("git -C " + quoted(repo.string()) + " status");
  ASSERT_TRUE(fs::exists(mark)) << "the control did not run the clone's program: the test proves nothing";
  fs::remove(mark);
  const auto t = take(repo);
  EXPECT_EQ(t.status, batch::Status::ok) << t.detail;
  EXPECT_FALSE(fs::exists(mark)) << "a program the clone configured ran while gdlab read it";
}

// A clone owned by another user (as when an instructor grades a colleague's download as root) is
// read as it is; plain git refuses it, so the test is not vacuous.
TEST(Deadline, ACloneOwnedByAnotherUserIsRead) {
  if (geteuid() != 0) GTEST_SKIP() << "needs root to give the clone away";
  TempDir dir;
  const fs::path repo = dir.path / "kim";
  git(dir.path, "init -q kim");
  const auto head = commit(repo, "// kim\n", "2026-11-30T10:00:00Z");
  ASSERT_EQ(test_shell::run("chown -R 65534:65534 " + quoted(repo.string())).status, 0);
  const auto plain =
      test_shell::run("HOME=/nonexistent GIT_CONFIG_NOSYSTEM=1 git -C " + quoted(repo.string()) + " rev-parse HEAD");
  EXPECT_NE(plain.status, 0) << "git read a clone of another user without safe.directory: " << plain.out;
  const auto t = take(repo);
  EXPECT_EQ(t.status, batch::Status::ok) << t.detail;
  EXPECT_EQ(t.commit, head);
}

// A clone that borrows objects from elsewhere could make gdlab read another repository's files.
TEST(Deadline, ACloneThatBorrowsObjectsIsNotRead) {
  TempDir dir;
  git(dir.path, "init -q lender");
  commit(dir.path / "lender", "// lender\n", "2026-11-30T10:00:00Z");
  test_shell::run("git clone -q --shared " + quoted((dir.path / "lender").string()) + " " +
                  quoted((dir.path / "borrower").string()));
  ASSERT_TRUE(fs::exists(dir.path / "borrower/.git/objects/info/alternates"));
  const auto t = take(dir.path / "borrower");
  EXPECT_EQ(t.status, batch::Status::unreadable);
  EXPECT_NE(t.detail.find("alternates"), std::string::npos) << t.detail;
}

// End to end: gdlab grade --deadline makes a late row, and the gradebook, meta.json and
// batch.json record the commit and the rule.
TEST(Deadline, GdlabGradeRecordsTheCommitAndMakesLateRows) {
  TempDir dir;
  const fs::path subs = dir.path / "submissions", out = dir.path / "grades";
  fs::create_directories(subs);
  git(subs, "init -q on_time");
  const auto graded =
      commit(subs / "on_time", read_file(test_support::solution_path("gd_1d.cpp")), "2026-12-01T20:00:00Z");
  commit(subs / "on_time", "does not compile\n", "2026-12-02T20:00:00Z");
  git(subs, "init -q too_late");
  commit(subs / "too_late", read_file(test_support::solution_path("gd_1d.cpp")), "2026-12-03T20:00:00Z");
  std::ostringstream o, e;
  ASSERT_EQ(commands::grade({.submissions = subs.string(),
                             .spec = one_problem_spec,
                             .jobs = 1,
                             .out = out.string(),
                             .terminal = false,
                             .deadline = "2026-12-01T23:59:59+01:00"},
                            o, e),
            0)
      << e.str();
  EXPECT_NE(e.str().find("last commit at or before 2026-12-01T22:59:59Z by committer date"), std::string::npos)
      << e.str();
  const std::string csv = read_file(out / "gradebook.csv");
  EXPECT_NE(csv.find("on_time,1,1,1,ok," + graded + "\r\n"), std::string::npos) << csv;
  EXPECT_NE(csv.find("too_late,0,1,0,late,\r\n"), std::string::npos) << csv;
  const auto meta = nlohmann::json::parse(read_file(out / "students/on_time/meta.json"));
  EXPECT_EQ(meta.at("commit"), graded);
  EXPECT_EQ(meta.at("commit_date"), "2026-12-01T20:00:00Z");
  const auto batch = nlohmann::json::parse(read_file(out / "batch.json"));
  EXPECT_EQ(batch.at("deadline").at("utc"), "2026-12-01T22:59:59Z");
  EXPECT_NE(batch.at("deadline").at("rule").get<std::string>().find("committer date"), std::string::npos);
  EXPECT_NE(read_file(out / "summary.md").find("too_late"), std::string::npos);

  // A deadline that is no time is bad input, and nothing is graded.
  std::ostringstream o2, e2;
  EXPECT_EQ(commands::grade({.submissions = subs.string(),
                             .spec = one_problem_spec,
                             .out = (dir.path / "x").string(),
                             .terminal = false,
                             .deadline = "Friday"},
                            o2, e2),
            2);
  EXPECT_NE(e2.str().find("Friday"), std::string::npos);
}

const fs::path fixtures = source_dir / "tests/batch/deadline";

// Commits `gd_1d` with one identity and one date for author and committer, outside any global
// configuration: the same bytes make the same hash on every machine.
std::string fixed_commit(const fs::path& repo, const std::string& gd_1d, const std::string& subject,
                         const std::string& date) {
  fs::create_directories(repo / "exercises");
  std::ofstream(repo / "exercises/gd_1d.cpp", std::ios::binary | std::ios::trunc) << gd_1d;
  const std::string env =
      "GIT_CONFIG_NOSYSTEM=1 GIT_CONFIG_GLOBAL=/dev/null GIT_AUTHOR_NAME=Amy GIT_AUTHOR_EMAIL=amy@example.org "
      "GIT_COMMITTER_NAME=Amy GIT_COMMITTER_EMAIL=amy@example.org GIT_AUTHOR_DATE=" +
      date + " GIT_COMMITTER_DATE=" + date;
  git(repo, "add -A", env);
  git(repo, "commit -q -m " + quoted(subject), env);
  return git(repo, "rev-parse HEAD");
}

int grade_class(const fs::path& subs, const fs::path& out, std::optional<std::string> deadline, std::string& err) {
  std::ostringstream o, e;
  const int code = commands::grade({.submissions = subs.string(),
                                    .spec = one_problem_spec,
                                    .jobs = 1,
                                    .out = out.string(),
                                    .terminal = false,
                                    .deadline = std::move(deadline)},
                                   o, e);
  err = e.str();
  return code;
}

void expect_all(const std::string& text, const std::vector<std::string>& words, const std::string& what) {
  for (const auto& w : words)
    EXPECT_NE(text.find(w), std::string::npos) << "wanted in " << what << ": " << w << "\n" << text;
}

// The student's feedback says which commit was graded (short hash and subject), when, the
// deadline, how many later commits missed it, and that uncommitted work never counts: the text
// report against tests/batch/deadline/feedback.txt (GDLAB_UPDATE_GOLDEN=1 rewrites it), the
// page, the Markdown, and the student's row in the class summary. A commit after the deadline
// made since the last run is counted in the next; without --deadline, HEAD is named.
TEST(Deadline, TheFeedbackSaysWhichCommitWasGradedAndWhatWasLeftOut) {
  TempDir dir;
  const fs::path subs = dir.path / "submissions", out = dir.path / "grades", amy = subs / "amy";
  fs::create_directories(subs);
  git(subs, "init -q amy");
  const std::string subject = "gd_1d: *done* <b>|</b>";  // the student's words, shown as they are
  const auto graded = fixed_commit(amy, read_file(fixtures / "gd_1d.cpp"), subject, "2026-12-01T20:00:00Z");
  fixed_commit(amy, "does not compile\n", "late fix", "2026-12-02T08:00:00Z");
  fixed_commit(amy, "does not compile either\n", "later still", "2026-12-03T08:00:00Z");
  std::ofstream(amy / "exercises/gd_1d.cpp") << "// uncommitted\n";
  std::string err;
  ASSERT_EQ(grade_class(subs, out, "2026-12-01T23:59:59+01:00", err), 0) << err;

  const std::string feedback = read_file(out / "students/amy/feedback.txt");
  if (std::getenv("GDLAB_UPDATE_GOLDEN")) test_support::write_file(fixtures / "feedback.txt", feedback);
  EXPECT_EQ(feedback, read_file(fixtures / "feedback.txt"));
  const std::string id = graded.substr(0, 12);
  expect_all(read_file(out / "students/amy/feedback.html"),
             {"<h2>What was graded</h2>",
              "<li>Graded: commit " + id +
                  " &quot;gd_1d: *done* &lt;b&gt;|&lt;/b&gt;&quot;, committed 2026-12-01T20:00:00Z.</li>",
              "<li>The deadline was 2026-12-01T22:59:59Z: your last commit at or before it (by committer date) is "
              "graded; 2 later commits came after it and were not graded.</li>",
              "<li>Uncommitted changes are never graded: only what you commit counts.</li>"},
             "feedback.html");
  const std::string md = read_file(out / "students/amy/feedback.md");
  EXPECT_EQ(md.rfind("```text\nWhat was graded:\n  - Graded: commit " + id + " \"" + subject +
                         "\", committed 2026-12-01T20:00:00Z.\n  - The deadline was 2026-12-01T22:59:59Z",
                     0),
            0u)
      << md;  // in a fenced block: the subject's markup stays text
  expect_all(md, {"2 later commits came after it and were not graded.\n", "  - Uncommitted changes are never graded"},
             "feedback.md");
  expect_all(read_file(out / "summary.md"),
             {"## Commits graded\n\nEach git clone was graded at its last commit at or before the deadline "
              "2026-12-01T22:59:59Z (by committer date); uncommitted changes were not graded.",
              "| amy | `" + id + "` | gd\\_1d: \\*done\\* &lt;b&gt;\\|&lt;/b&gt; | 2026-12-01T20:00:00Z | 2 |\n"},
             "summary.md");

  fixed_commit(amy, "still not C++\n", "even later", "2026-12-04T08:00:00Z");
  std::ofstream(amy / "exercises/gd_1d.cpp") << "// uncommitted\n";
  ASSERT_EQ(grade_class(subs, out, "2026-12-01T23:59:59+01:00", err), 0) << err;
  expect_all(read_file(out / "students/amy/feedback.txt"), {"; 3 later commits came after it and were not graded."},
             "feedback.txt after a later commit");
  EXPECT_EQ(nlohmann::json::parse(read_file(out / "students/amy/meta.json")).at("commits_after_deadline"), 3);

  const fs::path at_head = dir.path / "at-head";
  ASSERT_EQ(grade_class(subs, at_head, std::nullopt, err), 0) << err;
  const std::string head = git(amy, "rev-parse HEAD").substr(0, 12);
  const std::string plain = read_file(at_head / "students/amy/feedback.txt");
  expect_all(plain,
             {"What was graded:\n  - Graded: commit " + head +
                  " \"even later\", committed 2026-12-04T08:00:00Z: the commit checked out (HEAD) when your "
                  "repository was collected.\n  - Uncommitted changes are never graded: only what you commit counts.\n",
              "the working copy differs from commit " + head},
             "feedback.txt without a deadline");
  EXPECT_EQ(plain.find("deadline"), std::string::npos) << plain;
  expect_all(read_file(at_head / "summary.md"),
             {"Each git clone was graded at its checked-out commit (HEAD)",
              "| amy | `" + head + "` | even later | 2026-12-04T08:00:00Z | - |"},
             "summary.md without a deadline");
}

}  // namespace
}  // namespace gdlab::testing
