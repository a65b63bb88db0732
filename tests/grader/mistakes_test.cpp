// The named mistakes: each one is detectable (on some test of the shipped spec its result
// differs from the reference's) and recognised (its own result is diagnosed as itself).
#include <gtest/gtest.h>

#include <filesystem>
#include <set>

#include "grading/checks.hpp"
#include "grading/mistakes.hpp"
#include "grading/reference.hpp"
#include "spec/loader.hpp"

namespace gdlab::grading {
namespace {

TEST(Mistakes, EachIsDetectableAndRecognisedOnTheShippedSpec) {
  const auto loaded =
      spec::load_spec((std::filesystem::path(GDLAB_SOURCE_DIR) / "grader/specs/gradient_descent.yaml").string());
  ASSERT_TRUE(loaded.spec);
  std::set<std::string> detectable, recognised, known;
  for (const auto& problem : loaded.spec->problems)
    for (const auto& test : problem.tests) {
      const std::string entry = test.entry.empty() ? problem.entry : test.entry;
      const Outcome right = reference(entry, test.inputs).outcome;
      for (const auto& m : mistakes_for(entry)) {
        const std::string key = entry + "/" + m.id;
        known.insert(key);
        const Outcome wrong = m.run(test.inputs);
        if (same_result(wrong, right)) continue;  // this test cannot tell them apart
        detectable.insert(key);
        for (const auto& d : diagnose(entry, test.inputs, wrong))
          if (d.mistake == m.id) recognised.insert(key);
        EXPECT_FALSE(m.hint.empty());
      }
    }
  EXPECT_GT(known.size(), 40u);
  for (const auto& k : known) {
    EXPECT_TRUE(detectable.contains(k)) << k << ": no test of the spec can tell it from the reference";
    EXPECT_TRUE(recognised.contains(k)) << k << ": its own result is not diagnosed as itself";
  }
}

TEST(Mistakes, TheReferenceIsNoMistake) {
  const std::map<std::string, spec::Value> inputs{
      {"objective", std::string("valley")}, {"x0", std::vector<double>{3.5, 1.1}}, {"lr", 0.05}, {"steps", 20.0}};
  EXPECT_TRUE(diagnose("gd_2d", inputs, reference("gd_2d", inputs).outcome).empty());
}

// The gradient alone, against the slope of the loss by central differences: the right one
// passes, half of it (a missing 2) fails, for both gradient exercises.
TEST(GradientByFiniteDifferences, JudgesTheGradientAlone) {
  const std::map<std::string, std::map<std::string, spec::Value>> cases = {
      {"mse_gradient",
       {{"data", std::string("synthetic(seed=3,n=40,p=5,noise=0.5)")},
        {"beta", std::vector<double>{1, -1, 0.5, 2, -0.25}}}},
      {"compute_gradients", {{"data", std::string("rolling(seed=3,n=50)")}, {"w", -1.0}, {"b", 2.5}}}};
  spec::Check check;
  check.kind = "gradient_fd";
  for (const auto& [entry, inputs] : cases) {
    const Expected e = reference(entry, inputs);
    Outcome right, half;
    right.gradient = e.outcome.gradient;
    half.gradient = *e.outcome.gradient * 0.5;
    EXPECT_TRUE(evaluate(check, right, e).passed) << entry << ": " << evaluate(check, right, e).message;
    EXPECT_FALSE(evaluate(check, half, e).passed) << entry;
  }
}

}  // namespace
}  // namespace gdlab::grading
