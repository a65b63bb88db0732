// Per-student variants: `vary:` draws each student's own inputs from a seed of (assignment,
// student, test, input); the reference computes their expected values from the same inputs.
#include <fmt/format.h>
#include <gtest/gtest.h>

#include <cmath>
#include <random>
#include <sstream>

#include "batch/variants.hpp"
#include "batch_class.hpp"
#include "build/hash.hpp"
#include "commands/check.hpp"
#include "spec/loader.hpp"
#include "submission/grade.hpp"

namespace gdlab::testing {
namespace {

const std::string variants_spec = (source_dir / "tests/batch/variants_spec.yaml").string();

const spec::Spec& spec() {
  static const spec::Spec s = [] {
    auto loaded = spec::load_spec(variants_spec);
    if (!loaded.spec) throw std::runtime_error(loaded.errors.front().to_string());
    return *loaded.spec;
  }();
  return s;
}

const spec::Test& test(const spec::Spec& s, std::size_t problem) { return s.problems.at(problem).tests.at(0); }

TEST(Variants, ClassmatesGetDifferentInputsAndEachAlwaysTheSame) {
  const auto amy = batch::for_student(spec(), "amy"), bob = batch::for_student(spec(), "bob");
  EXPECT_NE(test(amy, 0).inputs, test(bob, 0).inputs);
  EXPECT_NE(test(amy, 1).inputs.at("data"), test(bob, 1).inputs.at("data"));
  EXPECT_EQ(test(batch::for_student(spec(), "amy"), 0).inputs, test(amy, 0).inputs);
  for (const auto* s : {&amy, &bob}) {
    const double x0 = std::get<double>(test(*s, 0).inputs.at("x0")), lr = std::get<double>(test(*s, 0).inputs.at("lr"));
    const double steps = std::get<double>(test(*s, 0).inputs.at("steps"));
    EXPECT_TRUE(x0 >= -5 && x0 <= 5 && lr >= 0.1 && lr <= 0.3 && steps >= 40 && steps <= 60);
    EXPECT_EQ(steps, std::floor(steps));
  }
  // The documented draw, so a student's numbers are the same on every machine and release.
  std::mt19937_64 g(
      build::fnv1a(std::string("variants\x1f") + "amy\x1f" + "gd_1d: your own start and rate\x1f" + "x0"));
  const double u = static_cast<double>(g() >> 11) * 0x1.0p-53, x = -5 + 10 * u;
  EXPECT_NEAR(std::get<double>(test(amy, 0).inputs.at("x0")), x, 0.01);
  EXPECT_EQ(test(spec(), 0).inputs.at("x0"), spec::Value(0.0));  // the spec itself is untouched
  EXPECT_TRUE(batch::has_variants(spec()));
}

double score(const spec::Spec& s, const fs::path& submission) {
  return submission::grade(s, submission, build::Toolchain::installed()).score();
}

TEST(Variants, TheSolutionPassesEveryVariantAndAHardCoderFailsTheirs) {
  TempDir dir;
  test_support::solved_submission(dir.path / "solved");
  for (const char* student : {"amy", "bob", "carla"}) {
    const auto s = batch::for_student(spec(), student);
    EXPECT_EQ(score(s, dir.path / "solved"), 2) << student;
  }
  // Ignores its arguments and uses the book's start and rate: right on the book's numbers only.
  const auto cheat = dir.path / "cheat";
  test_support::solved_submission(cheat);
  std::ofstream(cheat / "exercises/gd_1d.cpp", std::ios::trunc) << R"(#include "gd_1d.hpp"
namespace exercises {
std::vector<double> gd_1d(const gdlab::Function1D& f, double, double, int steps) {
  double x = 0;  // the book's x0 and lr, whatever the test says
  std::vector<double> path{x};
  for (int k = 0; k < steps; ++k) path.push_back(x -= 0.1 * f.derivative(x));
  return path;
}
}  // namespace exercises
)";
  const auto as_written = submission::grade(spec(), cheat, build::Toolchain::installed(), {.only_problem = "gd_1d"});
  EXPECT_EQ(as_written.problems.at(0).tests.at(0).verdict, grading::Verdict::passed);
  const auto varied = submission::grade(batch::for_student(spec(), "amy"), cheat, build::Toolchain::installed(),
                                        {.only_problem = "gd_1d"});
  EXPECT_EQ(varied.problems.at(0).tests.at(0).verdict, grading::Verdict::failed);
}

TEST(Variants, CheckStudentShowsAStudentTheirOwnInputs) {
  std::ostringstream out, err;
  TempDir dir;
  test_support::solved_submission(dir.path);
  EXPECT_EQ(commands::check({.submission = dir.path.string(), .spec = variants_spec, .student = "amy"}, out, err), 0)
      << err.str() << out.str();
  const auto amy = batch::for_student(spec(), "amy");
  EXPECT_NE(out.str().find("Your inputs (amy):"), std::string::npos) << out.str();
  EXPECT_NE(out.str().find(fmt::format("x0 = {}", std::get<double>(test(amy, 0).inputs.at("x0")))), std::string::npos)
      << out.str();
  EXPECT_NE(out.str().find(std::get<std::string>(test(amy, 1).inputs.at("data"))), std::string::npos);
  EXPECT_EQ(commands::check({.spec = variants_spec, .student = "a b"}, out, err), 2);
}

TEST(Variants, TheSpecRefusesVariationsThatCannotWork) {
  const std::string head = R"yaml(assignment: v
problems:
  - id: gd_1d
    title: t
    source: exercises/gd_1d.cpp
    entry: gd_1d
    tests:
      - name: n
        inputs: {objective: "quadratic1d(a=1,c=3,d=5)", x0: 0, lr: 0.1, steps: 30}
)yaml";
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"vary: {speed: [1, 2]}\n        checks: [trajectory]", "unknown input 'speed'"},
      {"vary: {lr: [-1, 0.2]}\n        checks: [trajectory]",
       "expected a range [low, high] whose ends are each a number > 0"},
      {"vary: {steps: [1.5, 9]}\n        checks: [trajectory]", "whole number"},
      {"vary: {x0: [5, -5]}\n        checks: [trajectory]", "expected a range"},
      {"vary: {objective: [1, 2]}\n        checks: [trajectory]", "an objective cannot vary"},
      {"vary: {lr: [0.1, 0.2]}\n        checks: [{rate: {expected: 0.8}}]", "check 'rate' has a fixed expected value"},
      {"vary: {x0: [0, 1]}\n        checks: [{final_loss: {expected: 5}}]", "check 'final_loss' has a fixed expected"},
  };
  for (const auto& [vary, says] : cases) {
    const auto r = spec::parse_spec(head + "        " + vary + "\n", "v.yaml");
    ASSERT_FALSE(r.spec) << vary;
    EXPECT_NE(r.errors.front().to_string().find(says), std::string::npos) << r.errors.front().to_string();
  }
  EXPECT_TRUE(
      spec::parse_spec(head + "        vary: {x0: [0, 1]}\n        checks: [{rate: {expected: 0.8}}]\n", "v.yaml")
          .spec);
}

}  // namespace
}  // namespace gdlab::testing
