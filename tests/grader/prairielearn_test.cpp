// PrairieLearn's results.json against a schema written from PrairieLearn's documentation, its
// 1 MB limit, and hidden tests that say nothing.
#include <gtest/gtest.h>

#include <fmt/format.h>

#include <cmath>

#include "ci_support.hpp"
#include "feedback/prairielearn.hpp"
#include "spec/loader.hpp"

namespace gdlab::feedback {
namespace {

using grading::Verdict;
namespace fs = std::filesystem;
using ci_test::source_dir;

const fs::path schema = source_dir / "tests/schemas/prairielearn.schema.json";

void expect_valid(const fs::path& file) {
  const auto r = ci_test::json_validate(schema, file);
  EXPECT_EQ(r.status, 0) << file << ":\n" << r.out << ci_test::read_file(file).substr(0, 2000);
  EXPECT_LE(fs::file_size(file), 1024u * 1024u) << "the grader host refuses results over 1 MB";
}

void expect_valid(const nlohmann::json& results) {
  ci_test::TempDir dir;
  ci_test::write_file(dir.path / "results.json", results.dump());
  expect_valid(dir.path / "results.json");
}

grading::TestResult test(std::string name, Verdict v, double points, std::string visibility = "visible") {
  grading::TestResult t;
  t.name = std::move(name);
  t.verdict = v;
  t.max_score = points;
  t.visibility = std::move(visibility);
  return t;
}

grading::Plot zigzag(int steps) {
  grading::Plot plot;
  plot.objective = "valley";
  for (int k = 0; k <= steps; ++k) {
    const double a = std::pow(-1.0, k) * (1 + 0.001 * k);  // no thinning can drop it
    plot.student.push_back({3.5 * a, 1.1 - a});
    plot.reference.push_back({3.5 / (k + 1), 1.1 / (k + 1)});
    plot.student_loss.push_back(10 + a);
    plot.reference_loss.push_back(10.0 / (k + 1));
  }
  return plot;
}

TEST(PrairieLearn, GradedResultsFollowTheDocumentedFormat) {
  REQUIRE_JSON_VALIDATOR();
  grading::ProblemResult p{.id = "gd_2d", .title = "Gradient descent in 2D", .source = "exercises/gd_2d.cpp"};
  p.tests = {test("passes", Verdict::passed, 2), test("fails", Verdict::failed, 3),
             test("secret inputs 1e9", Verdict::failed, 4, "hidden"), test("stub", Verdict::not_implemented, 1)};
  p.tests[1].checks = {{"trajectory", false, "step 1 differs: expected 0.6, got -0.6"}};
  p.tests[1].diagnoses = {{"ascent", "gradient ascent instead of descent", "look at the sign"}};
  p.tests[1].output = "printed \x1b[31m by the student";
  p.tests[1].plot = zigzag(40);
  p.tests[2].checks = {{"trajectory", false, "expected 12345.678 from the secret start"}};
  p.tests[2].output = "secret output";
  grading::Report r{.assignment = "gradient-descent", .problems = {p}};
  const auto j = to_prairielearn(r);
  expect_valid(j);
  EXPECT_EQ(j["gradable"], true);
  EXPECT_DOUBLE_EQ(j["score"].get<double>(), r.score() / r.max_score());
  double points = 0, max = 0;
  for (const auto& t : j["tests"]) points += t["points"].get<double>(), max += t["max_points"].get<double>();
  EXPECT_DOUBLE_EQ(points, r.score());
  EXPECT_DOUBLE_EQ(max, r.max_score());
  const auto& failed = j["tests"][1];
  EXPECT_NE(failed["message"].get<std::string>().find("Hint: look at the sign"), std::string::npos);
  ASSERT_EQ(failed["images"].size(), 2u);  // the path over the contours, the losses
  for (const auto& image : failed["images"]) {
    const std::string url = image["url"];
    ASSERT_EQ(url.rfind("data:image/svg+xml;base64,", 0), 0u);
    ci_test::TempDir dir;
    ci_test::write_file(dir.path / "b64", url.substr(url.find(',') + 1));
    const auto svg = ci_test::run("base64 -d " + ci_test::quote((dir.path / "b64").string()), false).out;
    EXPECT_EQ(svg.rfind("<svg xmlns=\"http://www.w3.org/2000/svg\"", 0), 0u) << svg.substr(0, 100);
  }
  // A hidden test counts, but its name, checks and output stay hidden, here and in the report.
  const std::string all = j.dump();
  for (const char* secret : {"secret inputs", "12345.678", "secret output"})
    EXPECT_EQ(all.find(secret), std::string::npos) << secret;
  EXPECT_EQ(j["tests"][2]["name"], "gd_2d: hidden test 1");
  EXPECT_EQ(j["tests"][2]["max_points"], 4);
}

TEST(PrairieLearn, ACompileErrorIsNotGradable) {
  REQUIRE_JSON_VALIDATOR();
  grading::ProblemResult p{.id = "gd_1d",
                           .title = "1D",
                           .source = "exercises/gd_1d.cpp",
                           .diagnostics = "exercises/gd_1d.cpp:25:19: error: expected ';' before 'path'"};
  p.tests = {test("t", Verdict::compile_error, 2)};
  const auto j = to_prairielearn(grading::Report{.problems = {p}});
  expect_valid(j);
  EXPECT_EQ(j["gradable"], false);
  ASSERT_EQ(j["format_errors"].size(), 1u);
  EXPECT_NE(j["format_errors"][0].get<std::string>().find("25:19: error: expected ';'"), std::string::npos);
}

TEST(PrairieLearn, SchemaRejectsWhatPrairieLearnWouldNot) {
  REQUIRE_JSON_VALIDATOR();
  ci_test::TempDir dir;
  for (const auto& [bad, why] : std::vector<std::pair<nlohmann::json, std::string>>{
           {{{"gradable", true}, {"score", 1.5}}, "/score"},
           {{{"gradable", true}}, "score"},
           {{{"gradable", false}, {"score", 0}}, "format_errors"},
           {{{"score", 0.5}, {"tests", {{{"name", "t"}, {"points", 1}}}}}, "max_points"},
           {{{"score", 0.5}, {"images", {{{"url", "http://example.org/x.png"}}}}}, "/images/0"}}) {
    ci_test::write_file(dir.path / "bad.json", bad.dump());
    const auto r = ci_test::json_validate(schema, dir.path / "bad.json");
    EXPECT_NE(r.status, 0) << bad.dump();
    EXPECT_NE(r.out.find(why), std::string::npos) << bad.dump() << "\n" << r.out;
  }
}

// Every test of the shipped spec failing with long paths and floods of output: still under 1 MB.
TEST(PrairieLearn, AWorstCaseStaysUnderTheGraderHostsLimit) {
  const auto loaded = spec::load_spec((source_dir / "grader/specs/gradient_descent.yaml").string());
  ASSERT_TRUE(loaded.spec);
  grading::Report r;
  const std::string flood(64 * 1024, '\n');  // newlines: each doubles when escaped in JSON
  for (const auto& problem : loaded.spec->problems) {
    grading::ProblemResult p{.id = problem.id, .title = problem.title, .source = problem.source};
    for (const auto& t : problem.tests) {
      auto result = test(t.name, Verdict::failed, t.points);
      result.output = result.message = flood;
      result.checks = {{"trajectory", false, flood}};
      result.plot = zigzag(2000);
      p.tests.push_back(result);
    }
    r.problems.push_back(p);
  }
  const std::string dumped = to_prairielearn(r).dump();
  EXPECT_LE(dumped.size(), prairielearn_max_bytes);
  EXPECT_NE(dumped.find("data:image/svg+xml;base64,"), std::string::npos);  // some pictures still fit
}

}  // namespace
}  // namespace gdlab::feedback
