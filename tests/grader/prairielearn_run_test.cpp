// PrairieLearn's external-grader run script, run against a temporary folder standing for
// /grade: the solutions, the stubs, a compile error, a hostile submission and a grader that
// cannot run all end in a results.json valid against the schema written from PrairieLearn's
// documentation, and under its grader host's 1 MB.
#include <gtest/gtest.h>

#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "ci_support.hpp"
#include "corpus_paths.hpp"
#include "support.hpp"

namespace gdlab::report {
namespace {

namespace fs = std::filesystem;
using ci_test::source_dir;

const fs::path schema = source_dir / "tests/schemas/prairielearn.schema.json";
const fs::path run_script = source_dir / "grader/platforms/prairielearn/run";

void expect_valid(const fs::path& file) {
  const auto r = ci_test::json_validate(schema, file);
  EXPECT_EQ(r.status, 0) << file << ":\n" << r.out << ci_test::read_file(file).substr(0, 2000);
  EXPECT_LE(fs::file_size(file), 1024u * 1024u) << "the grader host refuses results over 1 MB";
}

struct Grade {
  ci_test::TempDir root;
  nlohmann::json results;
  int status = -1;
};

// Runs the script with the files of `from` (*.cpp) as the student's, loose as PrairieLearn
// puts them (copy_sources writes the hostile corpus's real paths in).
Grade grade(const fs::path& from, const std::string& problem, const std::string& env = "") {
  Grade g;
  if (!from.empty()) test_corpus::copy_sources(from, g.root.path / "student");
  const auto r =
      ci_test::run(fmt::format("GDLAB_PL_ROOT={} GDLAB={} {} {} {}", ci_test::quote(g.root.path.string()),
                               ci_test::quote(GDLAB_CLI), env, ci_test::quote(run_script.string()), problem));
  g.status = r.status;
  const fs::path file = g.root.path / "results/results.json";
  EXPECT_TRUE(fs::exists(file)) << r.out;
  if (!fs::exists(file)) return g;
  expect_valid(file);
  g.results = nlohmann::json::parse(ci_test::read_file(file));
  return g;
}

TEST(PrairieLearnRun, TheSolutionsScoreOne) {
  REQUIRE_JSON_VALIDATOR();
  const test_support::TempDir solved;
  const auto g = grade(test_support::solved_submission(solved.path) / "exercises", "");
  EXPECT_EQ(g.status, 0);
  EXPECT_EQ(g.results["gradable"], true);
  EXPECT_EQ(g.results["score"], 1.0) << g.results["output"];
  EXPECT_GT(g.results["tests"].size(), 10u);
}

TEST(PrairieLearnRun, TheStubsScoreZeroOneProblemAtATime) {
  REQUIRE_JSON_VALIDATOR();
  const auto g = grade(source_dir / "exercises", "gd_2d");
  EXPECT_EQ(g.results["gradable"], true);
  EXPECT_EQ(g.results["score"], 0.0);
  for (const auto& t : g.results["tests"]) EXPECT_EQ(t["name"].get<std::string>().rfind("gd_2d: ", 0), 0u) << t["name"];
}

TEST(PrairieLearnRun, ACompileErrorIsNotGradable) {
  REQUIRE_JSON_VALIDATOR();
  const auto g = grade(source_dir / "tests/corpus/buggy/gd1d_compile_error/exercises", "gd_1d");
  EXPECT_EQ(g.results["gradable"], false);
  EXPECT_NE(g.results["format_errors"].dump().find("error: expected"), std::string::npos) << g.results.dump();
}

TEST(PrairieLearnRun, AHostileSubmissionReadsNothing) {
  REQUIRE_JSON_VALIDATOR();
  const auto g = grade(source_dir / "tests/corpus/hostile/reads_secrets/exercises", "gd_1d");
  EXPECT_EQ(g.results["gradable"], true);
  const std::string all = g.results.dump();
  EXPECT_EQ(all.find("LEAKED"), std::string::npos) << all.substr(0, 3000);
  EXPECT_NE(all.find("nothing readable"), std::string::npos) << all.substr(0, 3000);
  EXPECT_EQ(g.results["score"], 0.0);
}

TEST(PrairieLearnRun, AGraderThatCannotRunStillWritesValidResults) {
  REQUIRE_JSON_VALIDATOR();
  const test_support::TempDir solved;
  const fs::path solutions = test_support::solved_submission(solved.path) / "exercises";
  auto g = grade(solutions, "gd_1d", "GDLAB=/nonexistent/gdlab");
  EXPECT_EQ(g.results["gradable"], false);
  EXPECT_NE(g.results["format_errors"][0].get<std::string>().find("not installed"), std::string::npos);
  g = grade(solutions, "no_such_problem");
  EXPECT_EQ(g.results["gradable"], false);
  EXPECT_NE(g.results["format_errors"][0].get<std::string>().find("no problem 'no_such_problem'"), std::string::npos)
      << g.results.dump();
  g = grade("", "gd_1d");  // nothing submitted: not gradable, and not the grader's failure
  EXPECT_EQ(g.results["gradable"], false);
  EXPECT_NE(g.results["format_errors"][0].get<std::string>().find("No .cpp file was submitted"), std::string::npos)
      << g.results.dump();
  EXPECT_EQ(g.results["message"], "Nothing was submitted, so nothing was graded and no attempt was used.");
}

}  // namespace
}  // namespace gdlab::report
