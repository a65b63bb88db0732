// The named mistakes: each one is detectable (on some test of the shipped spec its result
// differs from the reference's) and recognised (its own result is diagnosed as itself).
#include <gtest/gtest.h>

#include <filesystem>
#include <set>

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

}  // namespace
}  // namespace gdlab::grading
