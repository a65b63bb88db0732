// The named mistakes and the checks of the shipped spec, for every problem (all declared: the
// expected values from the reference optimiser or the solution, the mistakes from mistake files
// and families). Each mistake file is caught and named as itself: declared_test.cpp (ChapterSix).
#include <gtest/gtest.h>

#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <set>

#include "declared/answers.hpp"
#include "declared/harness_build.hpp"
#include "declared/material.hpp"
#include "grading/checks.hpp"
#include "grading/grade.hpp"
#include "grading/mistakes.hpp"
#include "spec/loader.hpp"

namespace gdlab::grading {
namespace {

const spec::Spec& shipped_spec() {
  static const spec::Spec spec = [] {
    auto loaded =
        spec::load_spec((std::filesystem::path(GDLAB_SOURCE_DIR) / "grader/specs/gradient_descent.yaml").string());
    if (!loaded.spec) throw std::runtime_error("the shipped spec does not load");
    return *loaded.spec;
  }();
  return spec;
}

// Each problem's answers, made once for the whole file (the solutions and mistake files built).
Answers& answers(const spec::Problem& problem) {
  static std::map<std::string, std::unique_ptr<Answers>> made;
  auto& a = made[problem.id];
  if (!a) {
    const auto material = declared::material_for(problem, GDLAB_SOURCE_DIR);
    a = declared::answers_for(problem, declared::toolchain_for(problem, build::Toolchain::installed(), material),
                              material);
  }
  return *a;
}

const spec::Problem& problem_named(const std::string& id) {
  for (const auto& p : shipped_spec().problems)
    if (p.id == id) return p;
  throw std::runtime_error("no problem " + id);
}

// The first check of the test that fails on `outcome`, or "".
std::string failing_check(const spec::Test& test, const Outcome& outcome, const Expected& expected) {
  for (const auto& check : test.checks)
    if (!evaluate(check, outcome, expected).passed) return check.kind;
  return "";
}

TEST(Checks, TheReferencePassesEveryCheckOfEveryTest) {
  for (const auto& problem : shipped_spec().problems)
    for (const auto& test : problem.tests) {
      const Expected expected = answers(problem).expected(entry_of(problem, test), test);
      for (const auto& check : test.checks) {
        const auto result = evaluate(check, expected.outcome, expected);
        EXPECT_TRUE(result.passed) << test.name << " / " << check.kind << ": " << result.message;
      }
    }
}

// The right result is no mistake, on any test of any problem.
TEST(Mistakes, TheRightResultIsNoMistake) {
  for (const auto& problem : shipped_spec().problems)
    for (const auto& test : problem.tests) {
      const std::string entry = entry_of(problem, test);
      for (const auto& d : answers(problem).diagnose(entry, test, answers(problem).expected(entry, test).outcome))
        ADD_FAILURE() << test.name << ": the right result is named " << d.mistake;
    }
}

// Each field of a result, changed: the change must fail some test of that entry. A sweep's
// rows are changed one field of one row at a time.
struct Change {
  std::string field;
  std::function<bool(Outcome&)> apply;  // false: the entry's results have no such field
};

double other(double v) { return std::isfinite(v) ? v + 0.5 + 0.1 * std::abs(v) : 0.25; }

std::vector<Change> changes(const Outcome& shape) {
  std::vector<Change> out = {
      {"path",
       [](Outcome& o) {
         return !o.path.empty() && (o.path[o.path.size() / 2](0) = other(o.path[o.path.size() / 2](0)), true);
       }},
      {"steps", [](Outcome& o) { return o.steps && (*o.steps += 1, true); }},
      {"converged", [](Outcome& o) { return o.converged && (o.converged = !*o.converged, true); }},
      {"value", [](Outcome& o) { return o.value && (*o.value = other(*o.value), true); }},
      {"gradient", [](Outcome& o) { return o.gradient && ((*o.gradient)(0) = other((*o.gradient)(0)), true); }},
      {"cost_history",
       [](Outcome& o) {
         return !o.cost_history.empty() && (o.cost_history.back() = other(o.cost_history.back()), true);
       }},
      {"own_gradients",
       [](Outcome& o) {
         return !o.own_gradients.empty() && (o.own_gradients[0](0) = other(o.own_gradients[0](0)), true);
       }},
      {"coordinate_sizes",
       [](Outcome& o) { return !o.coordinate_sizes.empty() && (o.coordinate_sizes[0].second += 1, true); }},
  };
  for (std::size_t i = 0; i < shape.rows.size(); ++i) {
    for (std::size_t k = 0; k < shape.rows[i].numbers.size(); ++k)
      out.push_back({"rows[" + std::to_string(i) + "]." + shape.rows[i].numbers[k].first, [i, k](Outcome& o) {
                       return i < o.rows.size() && k < o.rows[i].numbers.size() &&
                              (o.rows[i].numbers[k].second = other(o.rows[i].numbers[k].second), true);
                     }});
    out.push_back({"rows[" + std::to_string(i) + "].label", [i](Outcome& o) {
                     return i < o.rows.size() &&
                            (o.rows[i].label = o.rows[i].label == "too_slow" ? "converges" : "too_slow", true);
                   }});
  }
  return out;
}

// A mistake that moves a result by a few parts in 1e8 (eps inside the square root) matches a
// student's only as exactly as the checks ask; another near miss of the same size does not.
TEST(Mistakes, ATinyMistakeMatchesOnlyAtTheChecksOwnTolerance) {
  const auto path = [](double shift) {
    Outcome o;
    for (double x : {3.0, 1.5, 0.75}) o.path.push_back(Vector{{x * (1 + shift), 0.5}});
    return o;
  };
  const Outcome right = path(0), mistake = path(5e-8), same_mistake = path(5e-8 + 1e-13), other = path(3e-8);
  EXPECT_TRUE(same_result(mistake, right)) << "too small for the loose match to tell apart";
  EXPECT_TRUE(same_result(same_mistake, mistake, exact_rtol));
  EXPECT_FALSE(same_result(same_mistake, right, exact_rtol));
  EXPECT_FALSE(same_result(other, mistake, exact_rtol)) << "a different near miss is not this mistake";
  EXPECT_TRUE(same_result(other, mistake)) << "though loosely it is";
}

// A mistake explains only a failure it causes. Wherever a mistake's result is the right one (a
// coordinate order on a separable objective, one step too few of zero steps, ...), a student who
// fails that test some other way must not be told it: here the right result a few parts in 1e8
// off (a float accumulator: every trajectory check fails, the loose match cannot tell it from the
// right one), and with its converged flag turned over.
TEST(Mistakes, AMistakeWhoseResultIsTheRightOneOnATestIsNotNamedThere) {
  std::size_t tried = 0;
  for (const auto& problem : shipped_spec().problems)
    for (const auto& test : problem.tests) {
      const std::string entry = entry_of(problem, test);
      const Outcome right = answers(problem).expected(entry, test).outcome;
      Outcome nearly = right, flagged = right;
      for (auto& x : nearly.path) x *= 1 + 3e-8;
      if (nearly.value) *nearly.value *= 1 + 3e-8;
      if (nearly.gradient) *nearly.gradient *= 1 + 3e-8;
      for (auto& c : nearly.cost_history) c *= 1 + 3e-8;
      if (flagged.converged) flagged.converged = !*flagged.converged;
      for (const Outcome* student : {&nearly, &flagged}) {
        ++tried;
        for (const auto& d : answers(problem).diagnose(entry, test, *student))
          ADD_FAILURE() << test.name << ": named " << d.mistake << " for the right result a hair off";
      }
    }
  EXPECT_GT(tried, 150u);
}

// The case that was reported: gd_2d_until's loop right, `converged` always true. On the bowl (a
// separable objective) the coordinate-order mistake's path is the right path; it was named "in
// all 2 failed tests".
TEST(Mistakes, AlwaysConvergedIsNotACoordinateOrder) {
  const spec::Problem& gd_2d = problem_named("gd_2d");
  std::size_t failed = 0;
  for (const auto& test : gd_2d.tests) {
    if (entry_of(gd_2d, test) != "gd_2d_until") continue;
    const Expected expected = answers(gd_2d).expected("gd_2d_until", test);
    Outcome student = expected.outcome;
    student.converged = true;
    if (failing_check(test, student, expected).empty()) continue;
    ++failed;
    for (const auto& d : answers(gd_2d).diagnose("gd_2d_until", test, student))
      ADD_FAILURE() << test.name << ": " << d.mistake;
  }
  EXPECT_GE(failed, 1u);
}

TEST(Checks, EveryFieldAnEntryReturnsIsCheckedBySomeTest) {
  std::map<std::string, std::set<std::string>> present, caught;  // entry -> fields
  for (const auto& problem : shipped_spec().problems)
    for (const auto& test : problem.tests) {
      const std::string entry = entry_of(problem, test);
      const Expected expected = answers(problem).expected(entry, test);
      for (const auto& change : changes(expected.outcome)) {
        Outcome changed = expected.outcome;
        if (!change.apply(changed)) continue;
        present[entry].insert(change.field);
        if (!failing_check(test, changed, expected).empty()) caught[entry].insert(change.field);
      }
    }
  EXPECT_TRUE(present["sweep"].contains("rows[0].w"));
  EXPECT_TRUE(present["train"].contains("coordinate_sizes"));
  for (const auto& [entry, fields] : present)
    for (const auto& field : fields)
      EXPECT_TRUE(caught[entry].contains(field)) << entry << ": no test checks " << field;
}

// The gradient alone, against the slope of the loss by central differences: the right one
// passes, half of it (a missing 2) fails, for both gradient exercises.
TEST(GradientByFiniteDifferences, JudgesTheGradientAlone) {
  const std::map<std::string, std::pair<std::string, std::map<std::string, spec::Value>>> cases = {
      {"mse_gradient",
       {"linreg",
        {{"data", std::string("synthetic(seed=3,n=40,p=5,noise=0.5)")},
         {"beta", std::vector<double>{1, -1, 0.5, 2, -0.25}}}}},
      {"compute_gradients",
       {"wb_regression", {{"data", std::string("rolling(seed=3,n=50)")}, {"w", -1.0}, {"b", 2.5}}}}};
  spec::Check check;
  check.kind = "gradient_fd";
  for (const auto& [entry, where] : cases) {
    spec::Test test;
    test.name = "finite differences";
    test.entry = entry;
    test.inputs = where.second;
    const Expected e = answers(problem_named(where.first)).expected(entry, test);
    ASSERT_TRUE(e.outcome.gradient) << entry;
    Outcome right, half;
    right.gradient = e.outcome.gradient;
    half.gradient = *e.outcome.gradient * 0.5;
    EXPECT_TRUE(evaluate(check, right, e).passed) << entry << ": " << evaluate(check, right, e).message;
    EXPECT_FALSE(evaluate(check, half, e).passed) << entry;
  }
}

}  // namespace
}  // namespace gdlab::grading
