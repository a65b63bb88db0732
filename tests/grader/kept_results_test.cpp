// `gdlab check` keeps a problem's results and reads them back while nothing they depend on
// changed (grading/result_store.hpp): the file, the tests, where the answers come from.
#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <functional>
#include <random>
#include <set>

#include "batch/kept_results.hpp"
#include "batch/report_json.hpp"
#include "submission/grade.hpp"
#include "spec/fingerprint.hpp"
#include "spec/loader.hpp"
#include "support.hpp"

namespace gdlab::testing {
namespace {
using test_support::TempDir;
namespace fs = std::filesystem;
const fs::path source_dir = GDLAB_SOURCE_DIR;

// A submission of one problem's solution, with a comment no other test's file has: its program
// is built for this test, so no earlier run kept anything for it.
fs::path submission(const fs::path& dir, const std::string& problem, const std::string& body = "") {
  fs::create_directories(dir / "exercises");
  std::ifstream in(test_support::solution_path(problem + ".cpp"));
  std::ofstream out(dir / "exercises" / (problem + ".cpp"));
  out << in.rdbuf() << body << "\n// " << std::random_device{}() << std::random_device{}() << "\n";
  return dir;
}

grading::Report check(const spec::Spec& spec, const fs::path& dir, const std::string& problem,
                      grading::ResultStore* kept, bool hidden = true) {
  return submission::grade(spec, dir, build::Toolchain::installed(),
                           {.only_problem = problem, .include_hidden = hidden, .kept = kept});
}

TEST(KeptResults, AnUnchangedProblemIsReadBackAsItWasAndAnyChangeRunsItAgain) {
  TempDir dir;
  auto spec = test_support::shipped_spec();
  const auto sub = submission(dir.path / "sub", "gd_1d");
  batch::KeptResults kept(dir.path / "kept");

  const auto first = check(spec, sub, "gd_1d", &kept);
  ASSERT_EQ(first.problems.size(), 1u);
  EXPECT_TRUE(first.from_last_check.empty());
  EXPECT_EQ(first.score(), first.max_score());

  const auto again = check(spec, sub, "gd_1d", &kept);
  EXPECT_EQ(again.from_last_check, std::vector<std::string>{"gd_1d"});
  EXPECT_EQ(batch::problem_to_json(again.problems[0]), batch::problem_to_json(first.problems[0]));

  // Without the store (as `gdlab grade` and --rerun): run, whatever is kept.
  EXPECT_TRUE(check(spec, sub, "gd_1d", nullptr).from_last_check.empty());
  // Visible tests only: other tests, other results.
  const auto visible = check(spec, sub, "gd_1d", &kept, false);
  EXPECT_TRUE(visible.from_last_check.empty());
  EXPECT_LT(visible.problems[0].tests.size(), first.problems[0].tests.size());

  // A tolerance changed in the spec.
  for (auto& p : spec.problems)
    if (p.id == "gd_1d") p.tests.front().checks.front().numbers["atol"] = 1e-3;
  EXPECT_TRUE(check(spec, sub, "gd_1d", &kept).from_last_check.empty());
  EXPECT_EQ(check(spec, sub, "gd_1d", &kept).from_last_check.size(), 1u);

  // The file edited: another program.
  std::ofstream(sub / "exercises/gd_1d.cpp", std::ios::app) << "// an edit\n";
  EXPECT_TRUE(check(spec, sub, "gd_1d", &kept).from_last_check.empty());
}

TEST(KeptResults, ACrashIsNeverKeptAndAWrongAnswerIs) {
  TempDir dir;
  const auto spec = test_support::shipped_spec();
  batch::KeptResults kept(dir.path / "kept");
  // Every call crashes: a crash may depend on chance (memory left uninitialised), so it runs again.
  const auto crash =
      submission(dir.path / "crash", "gd_1d", "namespace { struct Boom { Boom() { std::abort(); } } boom; }");
  for (int i = 0; i < 2; ++i) {
    const auto r = check(spec, crash, "gd_1d", &kept);
    EXPECT_TRUE(r.from_last_check.empty());
    EXPECT_FALSE(grading::repeatable(r.problems.at(0)));
    EXPECT_EQ(r.problems.at(0).tests.at(0).verdict, grading::Verdict::runtime_error);
  }
  // A wrong answer is the program's own, every time: kept.
  const auto stub = dir.path / "stub";
  fs::create_directories(stub / "exercises");
  fs::copy_file(source_dir / "exercises/gd_1d.cpp", stub / "exercises/gd_1d.cpp");
  std::ofstream(stub / "exercises/gd_1d.cpp", std::ios::app) << "// " << std::random_device{}() << "\n";
  EXPECT_TRUE(check(spec, stub, "gd_1d", &kept).from_last_check.empty());
  const auto again = check(spec, stub, "gd_1d", &kept);
  EXPECT_EQ(again.from_last_check.size(), 1u);
  EXPECT_EQ(again.problems.at(0).tests.at(0).verdict, grading::Verdict::not_implemented);
}

// Kept: what the program alone decides. A limit, a crash, a malformed frame or a forbidden call
// may depend on the machine's load or on chance; a compile error has no program to key it by.
TEST(KeptResults, OnlyVerdictsTheProgramAloneDecidesAreKept) {
  const std::set<grading::Verdict> settled = {grading::Verdict::passed, grading::Verdict::failed,
                                              grading::Verdict::not_implemented};
  for (int v = 0; v <= static_cast<int>(grading::last_verdict); ++v) {
    const auto verdict = static_cast<grading::Verdict>(v);
    grading::ProblemResult p;
    p.tests.push_back({.name = "t", .verdict = verdict});
    EXPECT_EQ(grading::repeatable(p), settled.contains(verdict)) << grading::to_string(verdict);
    p.tests.front().leftover_processes = 1;  // a process left running: never the same twice
    EXPECT_FALSE(grading::repeatable(p)) << grading::to_string(verdict);
  }
}

TEST(KeptResults, AFileKeptUnderAnotherKeyIsNoResult) {
  TempDir dir;
  batch::KeptResults kept(dir.path);
  grading::ProblemResult p;
  p.id = "gd_1d";
  kept.keep("a key", p);
  ASSERT_TRUE(kept.find("a key"));
  EXPECT_FALSE(kept.find("another key"));
  // The same file name with another key inside (a collision of the 64-bit name).
  for (const auto& e : fs::directory_iterator(dir.path)) {
    std::ifstream in(e.path());
    auto j = nlohmann::json::parse(in);
    j["key"] = "not this key";
    std::ofstream(e.path()) << j.dump();
  }
  EXPECT_FALSE(kept.find("a key"));
  kept.keep("", p);  // no key: nothing kept, nothing found
  EXPECT_FALSE(kept.find(""));
}

// Every part of a test that decides its result is in the fingerprint; where it sits in the file is not.
TEST(KeptResults, TheFingerprintChangesWithEveryPartOfATestAndNotWithItsLine) {
  const auto spec = test_support::shipped_spec();
  spec::Problem base;
  for (const auto& p : spec.problems)
    if (p.id == "gd_1d") base = p;
  ASSERT_FALSE(base.tests.empty());
  const auto original = spec::fingerprint(base);
  std::vector<std::pair<std::string, std::function<void(spec::Problem&)>>> changes = {
      {"title", [](spec::Problem& p) { p.title += "!"; }},
      {"source", [](spec::Problem& p) { p.source += "x"; }},
      {"entry", [](spec::Problem& p) { p.tests[0].entry += "x"; }},
      {"name", [](spec::Problem& p) { p.tests[0].name += "x"; }},
      {"points", [](spec::Problem& p) { p.tests[0].points += 1; }},
      {"visibility", [](spec::Problem& p) { p.tests[0].visibility = spec::Visibility::after_due_date; }},
      {"an input", [](spec::Problem& p) { p.tests[0].inputs["lr"] = 0.123456789012345; }},
      {"a check's kind", [](spec::Problem& p) { p.tests[0].checks[0].kind += "x"; }},
      {"a tolerance", [](spec::Problem& p) { p.tests[0].checks[0].numbers["atol"] = 1.0000000000000002; }},
      {"a check's word", [](spec::Problem& p) { p.tests[0].checks[0].words["against"] = "optimum"; }},
      {"a variation",
       [](spec::Problem& p) {
         p.tests[0].vary.push_back({"lr", 0.1, 0.2, false, false});
       }},
      {"the time limit", [](spec::Problem& p) { p.tests[0].limits.time_seconds += 1; }},
      {"the memory limit", [](spec::Problem& p) { p.tests[0].limits.memory_bytes += 1; }},
      {"the output limit", [](spec::Problem& p) { p.tests[0].limits.output_bytes += 1; }},
      {"a test more", [](spec::Problem& p) { p.tests.push_back(p.tests[0]); }},
      {"a declaration", [](spec::Problem& p) { p.declared.push_back({.name = "f"}); }},
  };
  for (auto& [what, change] : changes) {
    auto changed = base;
    change(changed);
    EXPECT_NE(spec::fingerprint(changed), original) << what;
  }
  auto moved = base;
  moved.line += 10;
  for (auto& t : moved.tests) t.line += 10;
  for (auto& t : moved.tests)
    for (auto& c : t.checks) c.line += 10;
  EXPECT_EQ(spec::fingerprint(moved), original);
}

}  // namespace
}  // namespace gdlab::testing
