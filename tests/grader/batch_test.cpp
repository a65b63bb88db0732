// gdlab grade end to end, on a class of 50 entries (batch_class.hpp) with tests/batch/class_spec.yaml:
// every student's total is what submission::grade gives for their files alone (so grade() is safe
// on two threads at once), every bad entry gets its status, identical submissions are graded
// once; a run killed with SIGKILL resumes to the same gradebook without grading anything twice;
// three shards and a merge give what one run gives, byte for byte.
#include <fmt/format.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <fcntl.h>
#include <signal.h>
#include <sys/file.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <set>
#include <sstream>
#include <thread>

#include "batch_class.hpp"
#include "shell.hpp"
#include "commands/grade.hpp"
#include "commands/merge.hpp"
#include "spec/loader.hpp"
#include "submission/grade.hpp"

namespace gdlab::testing {
namespace {

const std::string class_spec = (source_dir / "tests/batch/class_spec.yaml").string();

struct Row {
  double total = 0;
  std::string status, commit;
};

std::map<std::string, Row> read_gradebook(const fs::path& file) {
  std::map<std::string, Row> rows;
  std::istringstream in(slurp(file));
  std::string line;
  std::getline(in, line);
  EXPECT_EQ(line, "student_id,total,max,gd_1d,gd_2d,momentum,linreg,wb_regression,status,commit\r");
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    std::vector<std::string> fields;
    std::stringstream s(line);
    for (std::string f; std::getline(s, f, ',');) fields.push_back(f);
    if (line.back() == ',') fields.push_back("");  // an empty last field
    EXPECT_EQ(fields.size(), 10u) << line;
    if (fields.size() == 10) rows[fields[0]] = {std::stod(fields[1]), fields[8], fields[9]};
  }
  return rows;
}

nlohmann::json read_json(const fs::path& file) { return nlohmann::json::parse(slurp(file)); }

std::set<std::string> as_set(const nlohmann::json& list) { return list.get<std::set<std::string>>(); }

int run_cli(const std::string& args) {
  const std::string cmd = std::string(GDLAB_CLI) + " " + args + " >/dev/null 2>&1";
  const int rc = std::system(cmd.c_str());
  return WIFEXITED(rc) ? WEXITSTATUS(rc) : -1;
}

std::string grade_args(const ClassOfStudents& c, const fs::path& out, const std::string& more = "") {
  return "grade '" + c.submissions.string() + "' --spec '" + class_spec + "' --jobs 2 --out '" + out.string() + "' " +
         more;
}

// A class of 1,000 must not write gigabytes: a full-marks student's folder (the shipped spec's
// ten problems, a plot each on the page, each plot's points as a table for screen readers)
// stays under 256 KB, and a student who reuses a stored
// report gets the same files.
TEST(BatchGrade, AFullMarksFolderIsSmallAndAReusedOneIsTheSame) {
  TempDir dir;
  for (const char* id : {"amy", "bob"}) {
    test_support::solved_submission(dir.path / "class" / id);
    std::ostringstream out, err;
    // amy first, alone; then bob reuses her stored report in a second run
    ASSERT_EQ(commands::grade({.submissions = (dir.path / "class").string(),
                               .jobs = 2,
                               .out = (dir.path / "out").string(),
                               .terminal = false},
                              out, err),
              0)
        << err.str();
  }
  const auto amy = dir.path / "out/students/amy", bob = dir.path / "out/students/bob";
  std::uintmax_t bytes = 0;
  std::string sizes;  // each file's, to say which grew
  for (const auto& e : fs::directory_iterator(amy)) {
    bytes += fs::file_size(e.path());
    sizes += " " + e.path().filename().string() + " " + std::to_string(fs::file_size(e.path()));
  }
  const auto problems = read_json(amy / "meta.json").at("problems").size();
  EXPECT_GE(problems, 10u);
  EXPECT_LT(bytes, 256u << 10) << problems << " problems:" << sizes;
  EXPECT_TRUE(read_json(dir.path / "out/batch.json")["reused"].dump().find("bob") != std::string::npos);
  EXPECT_EQ(read_json(amy / "meta.json").at("problems"), read_json(bob / "meta.json").at("problems"));
  for (const char* f : {"results.json", "feedback.txt", "feedback.md", "feedback.html", "build.log", "report.json.gz"})
    EXPECT_EQ(slurp(amy / f), slurp(bob / f)) << f;
}

// Identical files are graded once: the six solutions, the stubs and the cheater's stubs; and
// each distinct (problem, file) once, whoever handed it in.
void expect_identical_files_graded_once(const fs::path& results, std::size_t rows) {
  const auto files = read_json(results / "batch.json")["graded_files"];
  EXPECT_EQ(as_set(files).size(), files.size());
  const auto batch = read_json(results / "batch.json");
  const auto graded = as_set(batch["graded"]), reused = as_set(batch["reused"]);
  std::size_t solutions_graded = 0;
  for (const char* id : {"sol_1", "sol_2", "sol_3", "sol_zip", "sol_tgz", "sol_flat"})
    solutions_graded += graded.contains(id);
  EXPECT_LE(solutions_graded, 1u);  // none when each solution file was first handed in by a buggy one
  EXPECT_EQ(graded.contains("stubs") + graded.contains("cheater"), 1);
  EXPECT_GE(reused.size(), 6u);
  EXPECT_TRUE(batch["resumed"].empty());
  EXPECT_EQ(graded.size() + reused.size() + batch["not_graded"].size(), rows);
}

// Nothing of theirs was run, what was not taken is said, and the summary counts the failing checks
// and the named mistakes.
void expect_nothing_run_and_all_said(const fs::path& root, const fs::path& results) {
  EXPECT_FALSE(fs::exists(root / "hook-ran"));
  EXPECT_NE(slurp(results / "students/linked/feedback.txt").find("symbolic link"), std::string::npos);
  EXPECT_NE(slurp(results / "students/dotdot/meta.json").find("'..'"), std::string::npos);
  EXPECT_NE(slurp(results / "students/bomb/meta.json").find("more than 64 MB"), std::string::npos);
  EXPECT_NE(slurp(results / "students/twice/meta.json").find("twice, twice.zip"), std::string::npos);
  const auto summary = slurp(results / "summary.md");
  EXPECT_NE(summary.find("| gd_1d | gd_1d: book example |"), std::string::npos) << summary;
  EXPECT_NE(summary.find("## Most frequent failing checks"), std::string::npos);
  // Class analytics: the named mistakes, counted per student (the corpus's sign error is one).
  EXPECT_NE(summary.find("## Named mistakes"), std::string::npos) << summary;
  EXPECT_NE(summary.find("| gd_1d | ascent |"), std::string::npos) << summary;
}

TEST(BatchGrade, EveryStudentGetsWhatGradingAloneGivesAndEveryBadEntryItsStatus) {
  TempDir dir;
  const auto c = build_class(dir.path);
  ASSERT_GE(c.students.size(), 40u);
  std::ostringstream out, err;
  const fs::path results = dir.path / "out";
  ASSERT_EQ(commands::grade({.submissions = c.submissions.string(),
                             .spec = class_spec,
                             .jobs = 2,
                             .out = results.string(),
                             .terminal = false},
                            out, err),
            0)
      << err.str();
  auto rows = read_gradebook(results / "gradebook.csv");

  // The bad name gets a stand-in id, never the name itself.
  std::string bad_id;
  for (const auto& [id, row] : rows)
    if (row.status == "bad_id") bad_id = id;
  ASSERT_FALSE(bad_id.empty());
  EXPECT_EQ(bad_id.find(' '), std::string::npos);
  rows["bad_id"] = rows[bad_id];
  rows.erase(bad_id);
  EXPECT_EQ(rows.size(), c.students.size());

  const auto spec = spec::load_spec(class_spec);
  ASSERT_TRUE(spec.spec);
  std::map<fs::path, double> alone;  // submission::grade on the student's files, one folder at a time
  for (const auto& [id, s] : c.students) {
    ASSERT_TRUE(rows.contains(id)) << id;
    EXPECT_EQ(rows[id].status, s.status) << id;
    double want = 0;
    if (s.graded_as) {
      if (!alone.contains(*s.graded_as))
        alone[*s.graded_as] = submission::grade(*spec.spec, *s.graded_as, build::Toolchain::installed()).score();
      want = alone[*s.graded_as];
    }
    EXPECT_DOUBLE_EQ(rows[id].total, want) << id;
    const auto student = results / "students" / (id == "bad_id" ? bad_id : id);
    for (const char* f : {"results.json", "feedback.txt", "feedback.md", "feedback.html", "build.log", "meta.json"})
      EXPECT_TRUE(fs::exists(student / f)) << id << " " << f;
    EXPECT_DOUBLE_EQ(read_json(student / "results.json").at("score").get<double>(), want) << id;
  }
  EXPECT_EQ(rows["sol_1"].total, 11);  // the spec's full marks: the solutions are right
  EXPECT_EQ(rows["stubs"].total, 0);
  // A clone's row names the commit graded, its HEAD by git's own account; a folder's none.
  auto head = test_shell::run("git -C '" + (c.submissions / "git_student").string() + "' rev-parse HEAD").out;
  head.erase(head.find_last_not_of('\n') + 1);
  EXPECT_EQ(head.size(), 40u) << head;
  EXPECT_EQ(rows["git_student"].commit, head);
  EXPECT_EQ(read_json(results / "students/git_student/meta.json").at("commit"), head);
  EXPECT_EQ(rows["sol_1"].commit, "");

  expect_identical_files_graded_once(results, rows.size());
  expect_nothing_run_and_all_said(dir.path, results);
  EXPECT_NE(out.str().find("not gradable"), std::string::npos) << out.str();
  EXPECT_FALSE(fs::exists(results / ".work"));
}

// The orphans of a killed grader (its compilers, a test program asleep) are reparented to this
// process (a subreaper) and ended here, each with its own process group.
void end_orphans() {
  for (int round = 0; round < 50; ++round) {
    bool any = false;
    for (const auto& e : fs::directory_iterator("/proc")) {
      const std::string name = e.path().filename();
      if (name.find_first_not_of("0123456789") != std::string::npos) continue;
      std::istringstream stat(slurp(e.path() / "stat"));
      std::string pid, comm, state;
      pid_t ppid = 0;
      stat >> pid >> comm >> state >> ppid;
      if (ppid != getpid()) continue;
      any = true;
      kill(-std::stoi(pid), SIGKILL);
      kill(std::stoi(pid), SIGKILL);
    }
    while (waitpid(-1, nullptr, WNOHANG) > 0) {
    }
    if (!any) return;
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
}

// The students of a run whose results are complete (their meta.json names the files graded).
std::set<std::string> graded_so_far(const fs::path& students) {
  std::set<std::string> graded;
  std::error_code ec;
  for (fs::directory_iterator it(students, ec), end; !ec && it != end; it.increment(ec)) {
    const auto meta = it->path() / "meta.json";
    if (!fs::exists(meta)) continue;
    try {
      if (!read_json(meta).value("content_key", "").empty()) graded.insert(it->path().filename());
    } catch (...) {
    }
  }
  return graded;
}

// `gdlab grade` of the class into `out`, in a child process that prints nothing; returns once
// `n` students are graded (or five minutes passed), for the caller to interrupt it.
pid_t start_grade_until(const ClassOfStudents& c, const fs::path& out, std::size_t n) {
  const pid_t pid = fork();
  if (pid == 0) {
    const int null = ::open("/dev/null", O_WRONLY);
    dup2(null, 1);
    dup2(null, 2);
    execl(GDLAB_CLI, GDLAB_CLI, "grade", c.submissions.c_str(), "--spec", class_spec.c_str(), "--jobs", "2", "--out",
          out.c_str(), static_cast<char*>(nullptr));
    _exit(127);
  }
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::minutes(5);
  while (pid > 0 && graded_so_far(out / "students").size() < n && std::chrono::steady_clock::now() < deadline)
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  return pid;
}

TEST(BatchGrade, AKilledRunResumesToTheSameGradebookWithoutGradingAnythingTwice) {
  TempDir dir;
  const auto c = build_class(dir.path);
  const fs::path whole = dir.path / "whole", killed = dir.path / "killed";
  ASSERT_EQ(run_cli(grade_args(c, whole)), 0);

  ASSERT_EQ(prctl(PR_SET_CHILD_SUBREAPER, 1), 0);
  const pid_t pid = start_grade_until(c, killed, 8);
  ASSERT_GT(pid, 0);
  kill(pid, SIGKILL);
  int status = 0;
  waitpid(pid, &status, 0);
  end_orphans();
  ASSERT_TRUE(WIFSIGNALED(status)) << "the run ended before it could be killed";
  ASSERT_FALSE(fs::exists(killed / "gradebook.csv"));
  const auto done = graded_so_far(killed / "students");  // students whose results were complete at the kill
  ASSERT_GE(done.size(), 8u);
  ASSERT_LT(done.size(), c.students.size() - 15) << "killed too late to test a resume";

  ASSERT_EQ(run_cli(grade_args(c, killed)), 0);
  EXPECT_EQ(slurp(killed / "gradebook.csv"), slurp(whole / "gradebook.csv"));
  EXPECT_EQ(slurp(killed / "summary.md"), slurp(whole / "summary.md"));
  EXPECT_EQ(slurp(killed / "summary.html"), slurp(whole / "summary.html"));

  const auto batch = read_json(killed / "batch.json");
  EXPECT_EQ(as_set(batch["resumed"]), done);
  for (const auto& id : done) {
    EXPECT_FALSE(as_set(batch["graded"]).contains(id)) << id << " was graded again";
    EXPECT_FALSE(as_set(batch["reused"]).contains(id)) << id;
  }
  // No problem file whose result was on disk at the kill was graded again: the done students'
  // results were lent to the others.
  std::set<std::string> done_files;
  for (const auto& id : done) {
    const auto meta = read_json(killed / "students" / id / "meta.json");
    for (const auto& p : meta["problems"]) done_files.insert(p["file"]);
  }
  ASSERT_FALSE(done_files.empty());
  for (const auto& file : batch["graded_files"]) EXPECT_FALSE(done_files.contains(file)) << file << " graded twice";
  // And no content was graded by two students of the run after the kill.
  std::map<std::string, int> graded_per_content;
  for (const auto& id : batch["graded"])
    graded_per_content[read_json(killed / "students" / id.get<std::string>() / "meta.json")["content_key"]]++;
  for (const auto& [key, n] : graded_per_content) EXPECT_EQ(n, 1) << key;
}

TEST(BatchGrade, SigtermStopsCleanlyAndTheNextRunResumes) {
  TempDir dir;
  const auto c = build_class(dir.path);
  const fs::path out = dir.path / "out";
  ASSERT_EQ(prctl(PR_SET_CHILD_SUBREAPER, 1), 0);
  const pid_t pid = start_grade_until(c, out, 3);
  ASSERT_GT(pid, 0);
  kill(pid, SIGTERM);
  int status = 0;
  waitpid(pid, &status, 0);
  ASSERT_TRUE(WIFEXITED(status)) << "a SIGTERM ends the batch through its own exit";
  EXPECT_EQ(WEXITSTATUS(status), 130);
  // It waited for what it had started: nothing of it is left running.
  std::this_thread::sleep_for(std::chrono::milliseconds(100));
  EXPECT_EQ(waitpid(-1, nullptr, WNOHANG), -1) << "an orphan of the stopped grader was left behind";
  end_orphans();
  const auto batch = read_json(out / "batch.json");
  EXPECT_TRUE(batch["stopped"].get<bool>());
  EXPECT_FALSE(batch["pending"].empty());
  EXPECT_NE(slurp(out / "gradebook.csv").find(",pending,\r\n"), std::string::npos);
  {  // a merge of the stopped run refuses, naming it
    std::ostringstream merged, err;
    EXPECT_EQ(commands::merge({.dirs = {out.string()}, .out = (dir.path / "merged").string()}, merged, err), 2);
    EXPECT_THAT(err.str(), ::testing::HasSubstr(out.string() + ": its gdlab grade was stopped with"));
  }
  ASSERT_EQ(run_cli(grade_args(c, out)), 0);
  const auto again = read_json(out / "batch.json");
  EXPECT_TRUE(again["pending"].empty());
  EXPECT_FALSE(again["resumed"].empty());
}

TEST(BatchGrade, ThreeShardsAndAMergeGiveWhatOneRunGives) {
  TempDir dir;
  const auto c = build_class(dir.path);
  const fs::path whole = dir.path / "whole", merged = dir.path / "merged";
  ASSERT_EQ(run_cli(grade_args(c, whole)), 0);
  std::string shards;
  std::multiset<std::string> seen;
  for (int i = 0; i < 3; ++i) {
    const auto out = dir.path / ("shard" + std::to_string(i));
    ASSERT_EQ(run_cli(grade_args(c, out, "--shard " + std::to_string(i) + "/3")), 0);
    const auto batch = read_json(out / "batch.json");
    for (const auto& id : batch["students"]) seen.insert(id.get<std::string>());
    shards += " '" + out.string() + "'";
  }
  EXPECT_EQ(seen.size(), read_json(whole / "batch.json")["students"].size());  // each student in one shard
  EXPECT_EQ(std::set<std::string>(seen.begin(), seen.end()).size(), seen.size());
  ASSERT_EQ(run_cli("merge" + shards + " --out '" + merged.string() + "'"), 0);
  EXPECT_EQ(slurp(merged / "gradebook.csv"), slurp(whole / "gradebook.csv"));
  EXPECT_EQ(slurp(merged / "summary.md"), slurp(whole / "summary.md"));
  for (const auto& student : fs::directory_iterator(whole / "students"))  // every file, byte for byte
    for (const auto& file : fs::directory_iterator(student.path()))
      EXPECT_EQ(slurp(merged / "students" / student.path().filename() / file.path().filename()), slurp(file.path()))
          << student.path().filename() << "/" << file.path().filename();
  // A merge before every shard is done refuses, writes nothing, and names what it lacks.
  const auto refused = [&](const std::vector<std::string>& dirs) {
    std::ostringstream out, err;
    EXPECT_EQ(commands::merge({.dirs = dirs, .out = (dir.path / "early").string()}, out, err), 2);
    EXPECT_FALSE(fs::exists(dir.path / "early/gradebook.csv"));
    return err.str();
  };
  using ::testing::HasSubstr;
  const std::string s0 = (dir.path / "shard0").string(), s1 = (dir.path / "shard1").string(),
                    s2 = (dir.path / "shard2").string(), not_started = (dir.path / "not-started").string(),
                    other_split = (dir.path / "other-split").string();
  EXPECT_THAT(refused({s0, s2}), HasSubstr("\n  shard 1/3: in none of the folders given\n"));
  fs::create_directories(not_started);
  EXPECT_THAT(refused({s0, s1, s2, not_started}), HasSubstr(not_started + ": no batch.json yet"));
  EXPECT_THAT(refused({s0, s1, s2, s1}), HasSubstr("shard 1/3 is given twice"));
  fs::create_directories(other_split);
  auto batch = read_json(dir.path / "shard1/batch.json");
  batch["shard"] = "1/2";
  std::ofstream(fs::path(other_split) / "batch.json") << batch.dump();
  EXPECT_THAT(refused({s0, s1, s2, other_split}), HasSubstr(other_split + " is shard 1/2 but " + s0 + " is shard 0/3"));
  for (const fs::path& folder : {fs::path(s1), dir.path / "running"}) {
    // a gdlab grade holding the folder's lock: shard1 graded again, or a first run with no
    // batch.json yet (its lock names its shard)
    fs::create_directories(folder);
    if (!fs::exists(folder / ".lock")) std::ofstream(folder / ".lock") << "gdlab grade --shard 1/3\n";
    const int lock = ::open((folder / ".lock").c_str(), O_RDWR | O_CLOEXEC);
    ASSERT_EQ(::flock(lock, LOCK_EX), 0);
    EXPECT_THAT(refused({s0, folder.string(), s2}),
                HasSubstr("shard 1/3 (" + folder.string() + "): a gdlab grade is writing it now"));
    ::close(lock);
  }
  EXPECT_EQ(slurp(merged / "summary.html"), slurp(whole / "summary.html"));  // the class page too
  // A shard run again resumes everything; merging an unfinished shard is refused.
  EXPECT_EQ(run_cli(grade_args(c, dir.path / "shard0", "--shard 0/3")), 0);
  EXPECT_TRUE(read_json(dir.path / "shard0/batch.json")["graded"].empty());
  fs::remove(dir.path / "shard1/students/sol_1/meta.json");
  fs::remove(dir.path / "shard2/students/sol_1/meta.json");
  fs::remove(dir.path / "shard0/students/sol_1/meta.json");
  EXPECT_EQ(run_cli("merge" + shards + " --out '" + (dir.path / "again").string() + "'"), 2);
}

const std::string one_problem_spec = (source_dir / "tests/corpus/hostile/spec.yaml").string();  // gd_1d only

// What `gdlab grade` says on stderr and its exit code, run as a program: as root, without the
// capability to override file permissions, so that a folder's mode binds as for anyone else.
test_shell::Run grade_cli(const std::string& args) {
  const std::string as_anyone = geteuid() == 0 ? "setpriv --bounding-set=-dac_override,-dac_read_search -- " : "";
  auto r = test_shell::run(as_anyone + GDLAB_CLI + " grade " + args);
  r.status = WIFEXITED(r.status) ? WEXITSTATUS(r.status) : -1;
  return r;
}

// Bad input is an error of the whole command, before anything is graded: exit 2 and a message
// that says what is wrong and what to do, and no --out written.
TEST(BatchGrade, BadInputIsAnErrorBeforeAnythingIsGraded) {
  TempDir dir;
  dir.write("subs/amy/exercises/gd_1d.cpp", slurp(test_support::solution_path("gd_1d.cpp")));
  const fs::path out = dir.path / "grades";
  const commands::GradeArgs good{.submissions = (dir.path / "subs").string(),
                                 .spec = one_problem_spec,
                                 .jobs = 1,
                                 .out = out.string(),
                                 .terminal = false};
  std::vector<std::pair<commands::GradeArgs, std::string>> cases;
  for (int jobs : {0, -3}) {
    auto a = good;
    a.jobs = jobs;
    cases.push_back({a, fmt::format("--jobs {}: grade at least one student at a time (--jobs 1 or more", jobs)});
  }
  for (const auto& [shard, says] : std::vector<std::pair<std::string, std::string>>{
           {"3/2", "--shard 3/2: shards are numbered from 0 to N-1, so this one is 0/2 to 1/2"},
           {"0/0", "--shard 0/0: N, the number of shards, must be 1 to 10000"},
           {"-1/2", "--shard wants i/N (e.g. 0/3: the first of three shards), got '-1/2'"}}) {
    auto a = good;
    a.shard = shard;
    cases.push_back({a, says});
  }
  for (const auto& [deadline, says] : std::vector<std::pair<std::string, std::string>>{
           {"2026-02-30T23:59:59Z", "--deadline '2026-02-30T23:59:59Z' is not a date and time that exists"},
           {"2026-12-01 23:59", "--deadline '2026-12-01 23:59' is not a date and time with its offset, e.g."}}) {
    auto a = good;
    a.deadline = deadline;
    cases.push_back({a, says});
  }
  auto nowhere = good;
  nowhere.submissions = (dir.path / "no-such-folder").string();
  cases.push_back({nowhere, "no-such-folder is not a folder: give the folder that holds one entry per student"});
  for (const auto& [args, says] : cases) {
    std::ostringstream o, e;
    EXPECT_EQ(commands::grade(args, o, e), 2) << says;
    EXPECT_NE(e.str().find(says), std::string::npos) << "wanted '" << says << "' in:\n" << e.str();
    EXPECT_FALSE(fs::exists(out)) << says << ": something was written";
  }

  // An --out where nothing can be written: said (not "internal error", exit 3), nothing graded.
  const fs::path locked = dir.path / "locked";
  fs::create_directories(locked);
  fs::permissions(locked, fs::perms::owner_read | fs::perms::owner_exec | fs::perms::group_read |
                              fs::perms::group_exec | fs::perms::others_read | fs::perms::others_exec);
  const auto r =
      grade_cli(test_shell::quoted((dir.path / "subs").string()) + " --spec " + test_shell::quoted(one_problem_spec) +
                " --out " + test_shell::quoted((locked / "grades").string()));
  EXPECT_EQ(r.status, 2) << r.out;
  EXPECT_NE(r.out.find(fmt::format("gdlab grade: cannot write to --out {} (cannot create {}: Permission denied): "
                                   "give --out a folder you can write to",
                                   (locked / "grades").string(), (locked / "grades/students").string())),
            std::string::npos)
      << r.out;
  EXPECT_EQ(r.out.find("internal error"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("amy"), std::string::npos) << r.out;  // nobody was graded
  fs::permissions(locked, fs::perms::owner_all);
}

// After a GitHub Classroom roster maps gd-2026-frank to frank, the folder an earlier run made
// for gd-2026-frank is named (summary.md, stderr, batch.json) and kept: removing it could lose
// the only copy of a grade if the roster were wrong.
TEST(BatchGrade, FoldersOfAnEarlierRunAreNamedAndKept) {
  TempDir dir;
  dir.write("subs/gd-2026-frank/exercises/gd_1d.cpp", slurp(source_dir / "exercises/gd_1d.cpp"));
  const auto roster = dir.write("classroom_roster.csv",
                                "\"identifier\",\"github_username\",\"github_id\",\"name\"\n"
                                "\"frank\",\"frank\",\"1001\",\"Frank\"\n");
  const fs::path out = dir.path / "grades";
  commands::GradeArgs args{.submissions = (dir.path / "subs").string(),
                           .spec = one_problem_spec,
                           .jobs = 1,
                           .out = out.string(),
                           .terminal = false};
  std::ostringstream o1, e1;
  ASSERT_EQ(commands::grade(args, o1, e1), 0) << e1.str();
  EXPECT_EQ(e1.str().find("no student in this run"), std::string::npos) << e1.str();
  EXPECT_EQ(slurp(out / "summary.md").find("Folders of no student"), std::string::npos);

  args.rosters = {roster.string()};
  std::ostringstream o2, e2;
  ASSERT_EQ(commands::grade(args, o2, e2), 0) << e2.str();
  EXPECT_TRUE(fs::exists(out / "students/frank/meta.json"));
  EXPECT_TRUE(fs::exists(out / "students/gd-2026-frank/meta.json"));  // kept
  EXPECT_NE(e2.str().find(fmt::format("gdlab grade: {} also holds 1 folder(s) of no student in this run, from an "
                                      "earlier run (a roster may have renamed them): gd-2026-frank; they are not in "
                                      "the gradebook and were left as they are",
                                      (out / "students").string())),
            std::string::npos)
      << e2.str();
  const std::string summary = slurp(out / "summary.md");
  EXPECT_NE(summary.find("## Folders of no student in this run\n\n1 folder in students/ belongs to no student graded "
                         "now: students/gd-2026-frank."),
            std::string::npos)
      << summary;
  EXPECT_EQ(read_json(out / "batch.json").at("stale_folders"), nlohmann::json::array({"gd-2026-frank"}));
  EXPECT_EQ(slurp(out / "gradebook.csv").find("gd-2026-frank"), std::string::npos);
}

}  // namespace
}  // namespace gdlab::testing
