// One grade on every path: the whole shipped spec, through every way a grade leaves gdlab, must
// give each test the same score. The submissions (submissions.hpp) are the solutions, the stubs
// and two that hold a buggy corpus entry of every problem, each with the score its tests must
// get; the paths are gdlab's own commands and what each platform runs, read back as the platform
// reads them (readers.hpp). The student repository, the Gradescope autograder and the
// PrairieLearn image are made once by the scripts beside this file (ctest fixtures), each by its
// own build: the student repository's ./gdlab, the bundle's setup.sh, the image's setup.
#include <gtest/gtest.h>

#include <fmt/format.h>
#include <unistd.h>

#include <nlohmann/json.hpp>

#include "readers.hpp"
#include "shell.hpp"
#include "submissions.hpp"
#include "support.hpp"

namespace gdlab::acceptance {
namespace {

namespace fs = std::filesystem;
using test_shell::quoted;
using test_support::read_file;
using test_support::TempDir;

const fs::path source_dir = GDLAB_SOURCE_DIR;
const fs::path made = GDLAB_ACCEPTANCE_DIR;  // where the fixtures made the platforms' roots
const std::string gdlab = GDLAB_CLI;

// Runs a command; a grade is exit 0 (all passed) or 1 (not all): anything else fails the test.
std::string run(const std::string& command) {
  const auto r = test_shell::run(command);
  EXPECT_TRUE(r.status == 0 || r.status == 256) << command << "\nexit " << r.status << ":\n" << r.out;
  return r.out;
}

// Each submission through `path`, its scores against what they must be.
template <class Path>
void expect_every_submission(Path path, bool visible_tests_only = false) {
  for (const auto& s : submissions()) {
    SCOPED_TRACE(fmt::format("{} ({})", s.name, fmt::join(s.corpus_entries, ", ")));
    const Scores want = visible_tests_only ? visible_only(s.expected) : s.expected;
    const Scores got = path(s);
    EXPECT_EQ(differences(want, got), "");
  }
}

// A submission in a folder of its own, readable by the spare uid programs run as.
struct Folder {
  TempDir dir;
  explicit Folder(const Submission& s) { write(s, dir.path); }
  std::string path() const { return quoted(dir.path.string()); }
};

std::string check_here(const std::string& args) {
  return fmt::format("GDLAB_ROOT={} {} check {}", quoted(source_dir.string()), quoted(gdlab), args);
}

TEST(Matrix, CheckHere) {
  expect_every_submission([](const Submission& s) {
    Folder f(s);
    run(check_here(fmt::format("--submission {} --out {}/r.json", f.path(), f.path())));
    return from_gradescope(nlohmann::json::parse(read_file(f.dir.path / "r.json")));
  });
}

TEST(Matrix, JUnitHere) {
  expect_every_submission([](const Submission& s) {
    Folder f(s);
    run(check_here(fmt::format("--submission {} --out {}/r.xml", f.path(), f.path())));
    return from_junit(read_file(f.dir.path / "r.xml"));
  });
}

// The job summary's table and the annotations of every problem that does not pass.
Scores github_path(const std::string& check_command, const fs::path& summary) {
  const std::string log =
      run(fmt::format("export GITHUB_STEP_SUMMARY={}; {}", quoted(summary.string()), check_command));
  const Scores scores = from_github_summary(read_file(summary));
  const auto annotated = annotated_problems(log);
  for (const auto& p : shipped().problems)
    for (const auto& t : p.tests) {
      if (scores.contains(key(p, t)) && scores.at(key(p, t)) < t.points) {
        EXPECT_TRUE(annotated.contains(p.id)) << p.id << " does not pass and has no annotation:\n" << log;
      }
    }
  return scores;
}

TEST(Matrix, GitHubAnnotationsAndSummaryHere) {
  expect_every_submission([](const Submission& s) {
    Folder f(s);
    return github_path(check_here(fmt::format("--submission {} --format github", f.path())), f.dir.path / "summary.md");
  });
}

// Every submission a student of one class; `prepare` lays each one out.
template <class Prepare>
std::map<std::string, Scores> grade_class(const std::string& options, Prepare prepare) {
  TempDir dir;
  for (const auto& s : submissions()) prepare(s, dir.path / "class" / s.name);
  run(fmt::format("{} grade {} --out {} --jobs 2 {}", quoted(gdlab), quoted((dir.path / "class").string()),
                  quoted((dir.path / "out").string()), options));
  std::map<std::string, Scores> out;
  for (const auto& s : submissions())
    out[s.name] =
        from_gradescope(nlohmann::json::parse(read_file(dir.path / "out/students" / s.name / "results.json")));
  return out;
}

TEST(Matrix, GradeAClass) {
  const auto graded = grade_class("", [](const Submission& s, const fs::path& to) { write(s, to); });
  expect_every_submission([&](const Submission& s) { return graded.at(s.name); });
}

std::string git(const fs::path& repo, const std::string& args, const std::string& date) {
  return run(
      fmt::format("GIT_COMMITTER_DATE={0} GIT_AUTHOR_DATE={0} git -C {1} -c user.name=s -c user.email=s@example.org "
                  "-c init.defaultBranch=main {2}",
                  date, quoted(repo.string()), args));
}

// A real clone: the submission committed before the deadline, then a commit after it and an
// uncommitted change that break every file; neither may count.
TEST(Matrix, GradeGitClonesAtADeadline) {
  const auto graded = grade_class("--deadline 2026-12-01T23:59:59+01:00", [](const Submission& s, const fs::path& to) {
    fs::create_directories(to);
    git(to, "init -q", "2026-11-30T10:00:00Z");
    write(s, to);
    git(to, "add -A", "2026-11-30T10:00:00Z");
    git(to, "commit -qm 'my exercises'", "2026-12-01T20:00:00Z");
    for (const auto& [path, text] : s.files) test_support::write_file(to / path, "late and broken\n");
    git(to, "commit -qam 'after the deadline'", "2026-12-02T09:00:00Z");
    for (const auto& [path, text] : s.files) test_support::write_file(to / path, "uncommitted and broken\n");
  });
  expect_every_submission([&](const Submission& s) { return graded.at(s.name); });
}

// --- The student repository (tests/acceptance/student_repo.sh made it): its own ./gdlab. ---

const fs::path student_repo = made / "student";

std::string check_in_student_repo(const std::string& args) {
  return fmt::format("cd {} && ./gdlab check {}", quoted(student_repo.string()), args);
}

TEST(MatrixStudentRepo, CheckSeesTheVisibleTests) {
  expect_every_submission(
      [](const Submission& s) {
        Folder f(s);
        run(check_in_student_repo(fmt::format("--submission {} --out {}/r.json", f.path(), f.path())));
        return from_gradescope(nlohmann::json::parse(read_file(f.dir.path / "r.json")));
      },
      true);
}

// What GitHub Classroom's workflow runs there, decoded as its reporter decodes it.
TEST(MatrixStudentRepo, ClassroomPayload) {
  expect_every_submission(
      [](const Submission& s) {
        Folder f(s);
        const fs::path output = f.dir.path / "github_output";
        run(fmt::format("export GITHUB_OUTPUT={} GITHUB_STEP_SUMMARY=/dev/null; {}", quoted(output.string()),
                        check_in_student_repo(fmt::format("--submission {} --format classroom", f.path()))));
        return from_classroom(read_file(output));
      },
      true);
}

// What the student repository's check.yml runs on every push: annotations, the job summary and
// report.json (Gradescope's format), which must agree.
TEST(MatrixStudentRepo, GitHubWorkflow) {
  expect_every_submission(
      [](const Submission& s) {
        Folder f(s);
        const Scores summary =
            github_path(check_in_student_repo(
                            fmt::format("--submission {} --format github --out {}/report.json", f.path(), f.path())),
                        f.dir.path / "summary.md");
        EXPECT_EQ(differences(summary, from_gradescope(nlohmann::json::parse(read_file(f.dir.path / "report.json")))),
                  "");
        return summary;
      },
      true);
}

// --- Gradescope (tests/acceptance/gradescope.sh made it with the bundle's own setup.sh). ---

// A fresh /autograder for one submission: the set-up source (shared), run_autograder beside it.
nlohmann::json gradescope(const Submission& s, const std::string& env, std::string& output) {
  TempDir dir;
  const fs::path root = dir.path / "autograder";
  fs::create_directories(root / "submission");
  fs::create_symlink(made / "gradescope/source", root / "source");
  fs::copy_file(made / "gradescope/source/run_autograder", root / "run_autograder");
  for (const auto& [path, text] : s.files)
    test_support::write_file(root / "submission" / fs::path(path).filename(), text);
  test_support::write_file(root / "submission_metadata.json",
                           R"({"id": 1, "users": [{"email": "amy@uni.edu", "id": 12}],)"
                           R"( "assignment": {"due_date": "2026-12-01T23:59:59+01:00", "title": "gd"}})");
  output = run(fmt::format("cd {0} && {1} GDLAB_AUTOGRADER_ROOT={0} bash run_autograder", quoted(root.string()), env));
  return nlohmann::json::parse(read_file(root / "results/results.json"));
}

TEST(MatrixGradescope, ProcessMode) {
  if (geteuid() != 0) GTEST_SKIP() << "Gradescope runs run_autograder as root";
  expect_every_submission([](const Submission& s) {
    std::string log;
    const auto results = gradescope(s, "GDLAB_SANDBOX=process", log);
    EXPECT_NE(results.value("output", "").find("spare uid"), std::string::npos) << results.value("output", "");
    return from_gradescope(results);
  });
}

TEST(MatrixGradescope, NamespaceMode) {
  if (geteuid() != 0) GTEST_SKIP() << "Gradescope runs run_autograder as root";
  expect_every_submission([](const Submission& s) {
    std::string log;
    const auto results = gradescope(s, "", log);
    EXPECT_NE(results.value("output", "").find("namespaces"), std::string::npos)
        << "no namespaces were given here, so namespace mode was not tried:\n"
        << results.value("output", "");
    return from_gradescope(results);
  });
}

// --- PrairieLearn (tests/acceptance/prairielearn.sh made the image's /gdlab with its setup). ---

TEST(MatrixPrairieLearn, EveryQuestion) {
  if (geteuid() != 0) GTEST_SKIP() << "the grader image runs as root";
  const fs::path image = made / "prairielearn/gdlab";
  expect_every_submission([&](const Submission& s) {
    Scores all;
    for (const auto& p : shipped().problems) {  // one question a problem
      TempDir grade;
      for (const auto& [path, text] : s.files)
        test_support::write_file(grade.path / "student" / fs::path(path).filename(), text);
      run(fmt::format("GDLAB_PL_ROOT={} GDLAB={} {} {}", quoted(grade.path.string()),
                      quoted((image / "build/release/bin/gdlab").string()),
                      quoted((image / "grader/platforms/prairielearn/run").string()), p.id));
      for (const auto& [k, v] :
           from_prairielearn(nlohmann::json::parse(read_file(grade.path / "results/results.json")), p.id))
        all[k] = v;
    }
    return all;
  });
}

}  // namespace
}  // namespace gdlab::acceptance
