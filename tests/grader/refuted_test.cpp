// A named mistake that a passed test rules out is not named (grading/refuted.hpp).
#include "grading/refuted.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <map>

#include "build/compile.hpp"
#include "submission/grade.hpp"
#include "support.hpp"

namespace gdlab::grading {
namespace {

// Answers that know only which mistakes each test refutes, and count how often they are asked.
class RefutingAnswers : public Answers {
 public:
  std::map<std::string, std::vector<std::string>> refutes;  // test name -> mistake ids
  int asked = 0;
  Expected expected(const std::string&, const spec::Test&) override { return {}; }
  std::vector<Diagnosis> diagnose(const std::string&, const spec::Test&, const Outcome&) override { return {}; }
  bool knows_mistakes(const std::string&) override { return true; }
  std::vector<std::string> refuted_by(const std::string&, const spec::Test& test) override {
    ++asked;
    return refutes[test.name];
  }
};

spec::Problem two_tests() { return {.id = "p", .entry = "p", .tests = {{.name = "short"}, {.name = "long"}}}; }

TestResult passed(const std::string& name) { return {.name = name, .verdict = Verdict::passed}; }

TestResult failed_as(const std::string& name, std::vector<std::string> mistakes) {
  TestResult t{.name = name, .verdict = Verdict::failed};
  t.checks.push_back({.kind = "trajectory", .passed = false});
  for (auto& m : mistakes) t.diagnoses.push_back({m, m + " title", m + " hint"});
  t.note_if_unnamed = "none of the common mistakes gdlab knows for p matches your result; what differs first: x";
  return t;
}

std::vector<std::string> named(const TestResult& t) {
  std::vector<std::string> ids;
  for (const auto& d : t.diagnoses) ids.push_back(d.mistake);
  return ids;
}

TEST(Refuted, AMistakeWhoseResultFailsAPassedTestIsNotNamedAndTheNoteSaysWhatDiffers) {
  RefutingAnswers answers;
  answers.refutes["short"] = {"stops_early"};
  ProblemResult result{.id = "p", .tests = {passed("short"), failed_as("long", {"stops_early"})}};
  drop_refuted(result, two_tests(), answers);
  EXPECT_TRUE(result.tests[1].diagnoses.empty());
  EXPECT_EQ(result.tests[1].diagnosis_note, result.tests[1].note_if_unnamed);
}

TEST(Refuted, OnlyTheRefutedOneGoesAndAMistakeNoPassedTestRulesOutStaysNamed) {
  RefutingAnswers answers;
  answers.refutes["short"] = {"stops_early"};
  ProblemResult result{.id = "p", .tests = {passed("short"), failed_as("long", {"stops_early", "ascent"})}};
  drop_refuted(result, two_tests(), answers);
  EXPECT_EQ(named(result.tests[1]), std::vector<std::string>{"ascent"});
  EXPECT_TRUE(result.tests[1].diagnosis_note.empty());
}

// Two entries, as wb_regression has: a passed test of compute_gradients refutes gradient_sign
// there only (a student may be wrong in one entry and right in another), but where `ascent`, which
// no passed test refutes anywhere, fits train's failed test too, that one is named alone.
spec::Problem two_entries() {
  return {.id = "p",
          .entry = "train",
          .tests = {{.name = "gradients", .entry = "compute_gradients"}, {.name = "train", .entry = "train"}}};
}

TEST(Refuted, OfTwoThatFitTheOneNoPassedTestRulesOutAnywhereIsNamed) {
  RefutingAnswers answers;
  answers.refutes["gradients"] = {"gradient_sign"};
  ProblemResult result{.id = "p", .tests = {passed("gradients"), failed_as("train", {"gradient_sign", "ascent"})}};
  drop_refuted(result, two_entries(), answers);
  EXPECT_EQ(named(result.tests[1]), std::vector<std::string>{"ascent"});
}

TEST(Refuted, AMistakeRefutedInAnotherEntryOnlyStaysNamedWhereNothingElseFits) {
  RefutingAnswers answers;
  answers.refutes["gradients"] = {"gradient_sign"};
  ProblemResult result{.id = "p", .tests = {passed("gradients"), failed_as("train", {"gradient_sign"})}};
  drop_refuted(result, two_entries(), answers);
  EXPECT_EQ(named(result.tests[1]), std::vector<std::string>{"gradient_sign"});
}

TEST(Refuted, AWholeExplanationIsNeverDroppedForAPartialOne) {
  RefutingAnswers answers;
  answers.refutes["gradients"] = {"gradient_sign"};
  spec::Problem p = two_entries();
  p.tests.push_back({.name = "train again", .entry = "train"});
  ProblemResult result{.id = "p",
                       .tests = {passed("gradients"), failed_as("train", {"gradient_sign", "ascent"}),
                                 failed_as("train again", {"gradient_sign"})}};
  drop_refuted(result, p, answers);
  EXPECT_EQ(named(result.tests[1]), (std::vector<std::string>{"gradient_sign", "ascent"}));
  EXPECT_EQ(named(result.tests[2]), std::vector<std::string>{"gradient_sign"});
}

TEST(Refuted, NothingIsAskedWhenNoTestPassedOrNoMistakeIsNamed) {
  RefutingAnswers answers;
  answers.refutes["long"] = {"stops_early"};
  ProblemResult all_failed{.id = "p",
                           .tests = {failed_as("short", {"stops_early"}), failed_as("long", {"stops_early"})}};
  drop_refuted(all_failed, two_tests(), answers);
  EXPECT_EQ(named(all_failed.tests[0]), std::vector<std::string>{"stops_early"});
  ProblemResult none_named{.id = "p", .tests = {passed("short"), failed_as("long", {})}};
  drop_refuted(none_named, two_tests(), answers);
  EXPECT_EQ(answers.asked, 0);
}

// The case that was reported (issue 27): a gd_2d_until that stops when the largest |g_i| is below
// the tolerance fails one test exactly as "stops before the step" does, and passes the tests that
// mistake fails. It was named; now the failed test says what differs instead.
TEST(Refuted, TheInfinityNormStopIsNotCalledStoppingBeforeTheStep) {
  const std::filesystem::path submission =
      std::filesystem::path(GDLAB_SOURCE_DIR) / "tests/corpus/unseen/gd_2d/gd_2d_wrong_norm_1";
  const auto report = submission::grade(test_support::shipped_spec(), submission, build::Toolchain::installed(),
                                        {.only_problem = "gd_2d"});
  ASSERT_EQ(report.problems.size(), 1u);
  int failed = 0;
  for (const auto& t : report.problems[0].tests) {
    if (t.verdict != Verdict::failed) continue;
    ++failed;
    for (const auto& d : t.diagnoses) ADD_FAILURE() << t.name << ": named " << d.mistake;
    EXPECT_NE(t.diagnosis_note.find("what differs first"), std::string::npos) << t.name << ": " << t.diagnosis_note;
  }
  EXPECT_EQ(failed, 1);
}

}  // namespace
}  // namespace gdlab::grading
