// The grader end to end: the solutions score full marks, the stubs score zero politely, each
// buggy submission of tests/corpus/buggy gets exactly the verdicts in its expected.txt, and a
// compile error costs only its own problem.
#include <fmt/format.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <map>
#include <random>
#include <regex>
#include <set>
#include <sstream>

#include "build/compile.hpp"
#include "grading/difference_words.hpp"
#include "grading/explain.hpp"
#include "spec/loader.hpp"
#include "submission/grade.hpp"
#include "problem_toolchain.hpp"
#include "support.hpp"

namespace gdlab::grading {
namespace {
using test_support::shipped_spec;
using test_support::TempDir;
namespace fs = std::filesystem;

const fs::path source_dir = GDLAB_SOURCE_DIR;

build::Toolchain gd_1d_toolchain() { return test_support::toolchain_of("gd_1d"); }

// A submission made of the solutions, as a student who solved everything would hand in.
fs::path solved_submission(const TempDir& dir) {
  fs::create_directories(dir.path / "exercises");
  for (const auto& file : test_support::solution_files()) fs::copy(file, dir.path / "exercises" / file.filename());
  return dir.path;
}

TEST(Grader, SolutionsScoreFullMarksOnEveryTest) {
  TempDir dir;
  const Report r = submission::grade(shipped_spec(), solved_submission(dir), build::Toolchain::installed());
  ASSERT_EQ(r.problems.size(), 10u);  // the five built in and the five declared
  int tests = 0;
  for (const auto& p : r.problems)
    for (const auto& t : p.tests) {
      ++tests;
      EXPECT_EQ(t.verdict, Verdict::passed)
          << p.id << " / " << t.name << ": " << t.message << (t.checks.empty() ? "" : " " + t.checks.front().message);
    }
  EXPECT_GE(tests, 40);
  EXPECT_EQ(r.score(), r.max_score());
  EXPECT_TRUE(r.all_passed());
}

TEST(Grader, StubsScoreZeroWithNotImplementedOnEveryTest) {
  const Report r = submission::grade(shipped_spec(), source_dir, build::Toolchain::installed());
  for (const auto& p : r.problems)
    for (const auto& t : p.tests) {
      EXPECT_EQ(t.verdict, Verdict::not_implemented) << p.id << " / " << t.name << ": " << t.message;
      EXPECT_NE(t.message.find("not implemented"), std::string::npos) << t.message;
    }
  EXPECT_EQ(r.score(), 0);
  EXPECT_GT(r.max_score(), 0);
}

TEST(Grader, ACompileErrorCostsOnlyItsOwnProblem) {
  TempDir dir;
  solved_submission(dir);
  std::ofstream(dir.path / "exercises/momentum.cpp", std::ios::trunc) << "this is not C++\n";
  const Report r = submission::grade(shipped_spec(), dir.path, build::Toolchain::installed());
  for (const auto& p : r.problems) {
    for (const auto& t : p.tests)
      EXPECT_EQ(t.verdict, p.id == "momentum" ? Verdict::compile_error : Verdict::passed) << p.id << " / " << t.name;
    if (p.id == "momentum") {
      EXPECT_NE(p.diagnostics.find("exercises/momentum.cpp:1"), std::string::npos) << p.diagnostics;
      EXPECT_EQ(p.score(), 0);
    } else {
      EXPECT_EQ(p.score(), p.max_score());
    }
  }
}

// A file not handed in is missing, not a compile error: nothing is built, and it says so once.
TEST(Grader, AMissingFileIsMissingNotACompileError) {
  TempDir dir;
  solved_submission(dir);
  fs::remove(dir.path / "exercises/gd_1d.cpp");
  const Report r =
      submission::grade(shipped_spec(), dir.path, build::Toolchain::installed(), {.only_problem = "gd_1d"});
  ASSERT_EQ(r.problems.size(), 1u);
  EXPECT_EQ(r.problems[0].diagnostics, "");
  ASSERT_FALSE(r.problems[0].tests.empty());
  for (const auto& t : r.problems[0].tests) {
    EXPECT_EQ(t.verdict, Verdict::missing) << t.name;
    EXPECT_EQ(t.message, "exercises/gd_1d.cpp (not found in the submission)");
  }
  EXPECT_TRUE(file_missing(r.problems[0]));
  EXPECT_EQ(missing_line(r.problems[0]), "missing: exercises/gd_1d.cpp (not found in the submission)");
}

struct Expectation {
  std::string problem;
  std::vector<std::pair<std::string, std::string>> verdicts;  // test name, verdict
  std::set<std::string> mistakes;  // what the problem's failed tests are diagnosed as ("none": honestly nothing)
  std::vector<std::string> says;   // words every failed test's messages must hold
};

Expectation read_expected(const fs::path& file) {
  Expectation e;
  std::ifstream in(file);
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    if (line.rfind("problem: ", 0) == 0) {
      e.problem = line.substr(9);
      continue;
    }
    if (line.rfind("mistake: ", 0) == 0) {
      e.mistakes.insert(line.substr(9));
      continue;
    }
    if (line.rfind("says: ", 0) == 0) {
      e.says.push_back(line.substr(6));
      continue;
    }
    const auto bar = line.find(" | ");
    e.verdicts.emplace_back(line.substr(bar + 3), line.substr(0, bar));
  }
  return e;
}

// The length of step k of a plotted path (rows of numbers).
double step_length(const std::vector<std::vector<double>>& path, std::size_t k) {
  double sum = 0;
  for (std::size_t i = 0; i < path[k].size(); ++i) sum += std::pow(path[k][i] - path[k - 1][i], 2);
  return std::sqrt(sum);
}

// Under a failed test no named mistake explains: that none matches, then on a second line what
// first differs, which agrees with the trajectory check (the same first step, the same lengths)
// and, for a step's length, with the two paths the test drew.
void expect_note_says_what_differs(const TestResult& t) {
  const std::string& note = t.diagnosis_note;
  EXPECT_LE(std::count(note.begin(), note.end(), '\n'), 1) << note;
  const std::string lead = "matches your result; what differs first:\n";
  const auto at = note.find(lead);
  ASSERT_NE(at, std::string::npos) << t.name << ": " << note;
  const std::string fact = note.substr(at + lead.size());
  EXPECT_FALSE(fact.empty()) << t.name;
  for (const auto& c : t.checks) {
    if (c.passed || c.kind != "trajectory") continue;
    std::smatch m;
    if (std::regex_search(c.message, m, std::regex("your path has (\\d+) points; expected (\\d+)"))) {
      EXPECT_NE(fact.find(fmt::format("({}, not {})", m[1].str(), m[2].str())), std::string::npos) << fact;
    }
    if (!std::regex_search(c.message, m, std::regex("step (\\d+) is the first that differs"))) continue;
    const std::size_t k = std::stoul(m[1]);
    const std::string step = k == 1 ? "your first step " : fmt::format("step {} ", k);
    EXPECT_TRUE(fact.find(step) != std::string::npos || fact.find("your path") == 0 ||
                fact.find("your point k is the expected point") != std::string::npos)
        << t.name << ": " << fact;
    if (fact.find(step + "is ") == std::string::npos || fact.find(" times as long as expected") == std::string::npos)
      continue;
    ASSERT_TRUE(t.plot.has_value()) << t.name;
    const double ratio = step_length(t.plot->student, k) / step_length(t.plot->reference, k);
    EXPECT_NE(fact.find(step + "is " + ratio_text(ratio) + " times as long"), std::string::npos) << fact;
  }
}

class BuggyCorpus : public ::testing::TestWithParam<std::string> {};

TEST_P(BuggyCorpus, GetsExactlyTheExpectedVerdicts) {
  const fs::path dir = source_dir / "tests/corpus/buggy" / GetParam();
  const Expectation want = read_expected(dir / "expected.txt");
  ASSERT_FALSE(want.verdicts.empty());
  const Report r =
      submission::grade(shipped_spec(), dir, build::Toolchain::installed(), {.only_problem = want.problem});
  ASSERT_EQ(r.problems.size(), 1u);
  std::map<std::string, std::string> got;
  for (const auto& t : r.problems[0].tests) got[t.name] = to_string(t.verdict);
  ASSERT_EQ(got.size(), want.verdicts.size());
  bool some_failed = false;
  for (const auto& [name, verdict] : want.verdicts) {
    EXPECT_EQ(got[name], verdict) << name;
    some_failed = some_failed || verdict != "passed";
  }
  EXPECT_TRUE(some_failed) << "a buggy submission must lose points somewhere";
  // Every failed test says why, with the numbers.
  for (const auto& t : r.problems[0].tests)
    if (t.verdict == Verdict::failed) {
      bool explained = false;
      std::string text = t.message;
      for (const auto& c : t.checks) {
        explained = explained || (!c.passed && !c.message.empty());
        if (!c.passed) text += "\n" + c.message;
      }
      EXPECT_TRUE(explained) << t.name;
      for (const auto& words : want.says) EXPECT_NE(text.find(words), std::string::npos) << t.name << ":\n" << text;
    }
  // The mistakes said for the problem, exactly: "mistake: X" explains every failed test,
  // "mistake: X explains 2 of 5" some of them, "none" honestly none matches (each says so).
  if (want.mistakes.empty()) return;
  std::set<std::string> said;
  for (const auto& e : explain(r.problems[0]))
    said.insert(e.explains_all() ? e.mistake.mistake
                                 : e.mistake.mistake + " explains " + std::to_string(e.tests.size()) + " of " +
                                       std::to_string(e.failed));
  if (want.mistakes.contains("none")) {
    EXPECT_TRUE(said.empty()) << "named " << *said.begin();
    for (const auto& t : r.problems[0].tests)
      if (explainable(t)) expect_note_says_what_differs(t);
    return;
  }
  EXPECT_EQ(said, want.mistakes);
}

std::vector<std::string> corpus() {
  std::vector<std::string> names;
  for (const auto& e : fs::directory_iterator(source_dir / "tests/corpus/buggy")) names.push_back(e.path().filename());
  std::sort(names.begin(), names.end());
  return names;
}

INSTANTIATE_TEST_SUITE_P(Cases, BuggyCorpus, ::testing::ValuesIn(corpus()),
                         [](const auto& info) { return info.param; });

TEST(Grader, CallingTheReferenceOptimisersIsRefusedWithAReason) {
  for (const char* name : {"gd1d_includes_reference_optimiser", "gd1d_links_reference_optimiser"}) {
    const Report r = submission::grade(shipped_spec(), source_dir / "tests/corpus/buggy" / name,
                                       build::Toolchain::installed(), {.only_problem = "gd_1d"});
    EXPECT_NE(r.problems[0].diagnostics.find("off-limits"), std::string::npos) << name << ":\n"
                                                                               << r.problems[0].diagnostics;
  }
}

// The linker names the student's object by a temporary file, a new name each time: the words a
// student reads name their own file instead, so a file fails the same way every time (a class
// graded in shards and merged is byte-identical to one run), and the failure is kept.
TEST(Grader, ALinkErrorNamesTheStudentsFileNotATemporaryOne) {
  const std::string source =
      test_support::read_file(source_dir / "tests/corpus/buggy/gd1d_links_reference_optimiser/exercises/gd_1d.cpp") +
      "\n// " + std::to_string(::getpid()) + "\n";  // new to the cache
  const auto t = gd_1d_toolchain();
  const auto first = build::build_problem(t, "gd_1d", source, "exercises/gd_1d.cpp");
  const auto again = build::build_problem(t, "gd_1d", source, "exercises/gd_1d.cpp");
  ASSERT_FALSE(first.ok);
  EXPECT_NE(first.diagnostics.find("exercises/gd_1d.o: in function"), std::string::npos) << first.diagnostics;
  EXPECT_EQ(first.diagnostics.find("submission-cache"), std::string::npos) << first.diagnostics;
  EXPECT_EQ(first.diagnostics.find(".build-"), std::string::npos) << first.diagnostics;
  EXPECT_FALSE(first.cached);
  EXPECT_TRUE(again.cached) << "a link error is about the student's file and is kept";
  EXPECT_EQ(again.diagnostics, first.diagnostics);
}

TEST(Grader, FailedTrajectorySaysWhichStepDiffersAndByHowMuch) {
  const Report r = submission::grade(shipped_spec(), source_dir / "tests/corpus/buggy/gd1d_sign_error",
                                     build::Toolchain::installed(), {.only_problem = "gd_1d"});
  const auto& t = r.problems[0].tests.front();
  ASSERT_EQ(t.verdict, Verdict::failed);
  EXPECT_EQ(t.checks.front().kind, "trajectory");
  EXPECT_NE(t.checks.front().message.find("step 1 is the first that differs: expected 0.6, got -0.6"),
            std::string::npos)
      << t.checks.front().message;
}

// The harness calls each entry twice; what the second call prints is not shown, so a correct
// program that prints every step keeps its output once and stays under the output limit.
TEST(Grader, AProgramsOutputIsShownOnceThoughItIsCalledTwice) {
  TempDir dir;
  fs::create_directories(dir.path / "exercises");
  std::ofstream(dir.path / "exercises/gd_1d.cpp") << R"(#include "gd_1d.hpp"
#include <cstdio>
#include <iostream>
namespace exercises {
std::vector<double> gd_1d(const gdlab::Function1D& f, double x0, double lr, int steps) {
  std::vector<double> path{x0};
  for (int k = 0; k < steps; ++k) {
    path.push_back(path.back() - lr * f.derivative(path.back()));
    std::cout << "step " << k << '\n';
    std::fprintf(stderr, "debug %d\n", k);
  }
  return path;
}
}  // namespace exercises
)";
  const Report r =
      submission::grade(shipped_spec(), dir.path, build::Toolchain::installed(), {.only_problem = "gd_1d"});
  ASSERT_EQ(r.problems.size(), 1u);
  for (const auto& t : r.problems[0].tests) {
    EXPECT_EQ(t.verdict, Verdict::passed) << t.name << ": " << t.message;
    auto count = [&](const std::string& words) {
      int n = 0;
      for (auto at = t.output.find(words); at != std::string::npos; at = t.output.find(words, at + 1)) ++n;
      return n;
    };
    EXPECT_EQ(count("step 0\n"), count("debug 0\n")) << t.name;
    EXPECT_LE(count("step 0\n"), 1) << t.name << ":\n" << t.output;
  }
  EXPECT_EQ(r.score(), r.max_score());
}

TEST(Grader, UnchangedFilesAreNotRebuilt) {
  TempDir cache;
  auto toolchain = gd_1d_toolchain();
  toolchain.cache = cache.path;
  std::ifstream in(test_support::solution_path("gd_1d.cpp"));
  std::stringstream text;
  text << in.rdbuf();
  const auto first = build::build_problem(toolchain, "gd_1d", text.str() + "// cache test\n", "exercises/gd_1d.cpp");
  const auto second = build::build_problem(toolchain, "gd_1d", text.str() + "// cache test\n", "exercises/gd_1d.cpp");
  ASSERT_TRUE(first.ok && second.ok) << first.diagnostics;
  EXPECT_FALSE(first.cached);
  EXPECT_TRUE(second.cached);
  EXPECT_EQ(first.program, second.program);
  const auto edited = build::build_problem(toolchain, "gd_1d", text.str() + "// edited\n", "exercises/gd_1d.cpp");
  EXPECT_FALSE(edited.cached);
  EXPECT_NE(edited.program, first.program);
}

// A cached program cut short (a node that lost power before it reached the disk, a cache copied
// between machines and interrupted) or emptied is built again, not run.
TEST(Grader, AProgramCutShortInTheCacheIsBuiltAgain) {
  TempDir cache;
  auto toolchain = gd_1d_toolchain();
  toolchain.cache = cache.path;
  std::ifstream in(test_support::solution_path("gd_1d.cpp"));
  std::stringstream text;
  text << in.rdbuf();
  const auto build = [&] { return build::build_problem(toolchain, "gd_1d", text.str(), "exercises/gd_1d.cpp"); };
  const auto first = build();
  ASSERT_TRUE(first.ok) << first.diagnostics;
  const auto size = fs::file_size(first.program);
  for (const auto cut : {size - 1, size / 2, std::uintmax_t{0}}) {
    fs::resize_file(first.program, cut);
    const auto again = build();
    EXPECT_TRUE(again.ok && !again.cached) << "a program cut to " << cut << " of " << size << " bytes was trusted";
    EXPECT_GT(fs::file_size(again.program), cut);
  }
  EXPECT_TRUE(build().cached);
}

}  // namespace
}  // namespace gdlab::grading
