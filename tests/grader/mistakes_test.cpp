// The named mistakes and the checks of the shipped spec: every mistake fails some test's
// checks (the checks themselves, not a comparison of whole results, which a labels-only check
// would not make) and is recognised as itself; every field an entry returns is looked at by
// some check; the reference passes every check of every test.
#include <gtest/gtest.h>

#include <filesystem>
#include <functional>
#include <set>

#include "grading/checks.hpp"
#include "grading/mistakes.hpp"
#include "grading/reference.hpp"
#include "problems/answers.hpp"
#include "spec/loader.hpp"

namespace gdlab::grading {
namespace {

using problems::diagnose;
using problems::mistakes_for;
using problems::reference;

const spec::Spec& shipped_spec() {
  static const spec::Spec spec = [] {
    auto loaded =
        spec::load_spec((std::filesystem::path(GDLAB_SOURCE_DIR) / "grader/specs/gradient_descent.yaml").string());
    if (!loaded.spec) throw std::runtime_error("the shipped spec does not load");
    return *loaded.spec;
  }();
  return spec;
}

std::string entry_of(const spec::Problem& p, const spec::Test& t) { return t.entry.empty() ? p.entry : t.entry; }

// The problems built into the grader (declared ones have mistake files: declared_test.cpp).
std::vector<spec::Problem> builtin_problems() {
  std::vector<spec::Problem> out;
  for (const auto& p : shipped_spec().problems)
    if (p.declared.empty()) out.push_back(p);
  return out;
}

// The first check of the test that fails on `outcome`, or "".
std::string failing_check(const spec::Test& test, const Outcome& outcome, const Expected& expected) {
  for (const auto& check : test.checks)
    if (!evaluate(check, outcome, expected).passed) return check.kind;
  return "";
}

TEST(Mistakes, EachFailsSomeTestsChecksAndIsRecognisedOnTheShippedSpec) {
  std::set<std::string> detectable, recognised, known;
  for (const auto& problem : builtin_problems())
    for (const auto& test : problem.tests) {
      const std::string entry = entry_of(problem, test);
      const Expected expected = reference(entry, test.inputs);
      for (const auto& m : mistakes_for(entry)) {
        const std::string key = entry + "/" + m.id;
        known.insert(key);
        EXPECT_FALSE(m.hint.empty()) << key;
        const Outcome wrong = m.run(test.inputs);
        if (failing_check(test, wrong, expected).empty()) continue;  // this test lets it through
        detectable.insert(key);
        for (const auto& d : diagnose(entry, test.inputs, wrong))
          if (d.mistake == m.id) recognised.insert(key);
      }
    }
  EXPECT_GT(known.size(), 70u);
  for (const auto& k : known) {
    EXPECT_TRUE(detectable.contains(k)) << k << ": no test of the spec fails on it";
    EXPECT_TRUE(recognised.contains(k)) << k << ": its own result is not diagnosed as itself";
  }
}

TEST(Checks, TheReferencePassesEveryCheckOfEveryTest) {
  for (const auto& problem : builtin_problems())
    for (const auto& test : problem.tests) {
      const Expected expected = reference(entry_of(problem, test), test.inputs);
      for (const auto& check : test.checks) {
        const auto result = evaluate(check, expected.outcome, expected);
        EXPECT_TRUE(result.passed) << test.name << " / " << check.kind << ": " << result.message;
      }
    }
}

TEST(Mistakes, TheReferenceIsNoMistake) {
  const std::map<std::string, spec::Value> inputs{
      {"objective", std::string("himmelblau")}, {"x0", std::vector<double>{0, 0}}, {"lr", 0.01}, {"steps", 20.0}};
  EXPECT_TRUE(diagnose("gd_2d", inputs, reference("gd_2d", inputs).outcome).empty());
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
      {"w_size", [](Outcome& o) { return o.w_size && (*o.w_size += 1, true); }},
      {"b_size", [](Outcome& o) { return o.b_size && (*o.b_size += 1, true); }},
  };
  for (std::size_t i = 0; i < shape.rows.size(); ++i) {
    for (auto [name, field] : {std::pair{"lr", &SweepRow::lr}, std::pair{"w", &SweepRow::w},
                               std::pair{"b", &SweepRow::b}, std::pair{"final_cost", &SweepRow::final_cost}})
      out.push_back({"rows[" + std::to_string(i) + "]." + name, [i, field](Outcome& o) {
                       return i < o.rows.size() && (o.rows[i].*field = other(o.rows[i].*field), true);
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

// A mistake explains only a failure it causes. Wherever a built-in mistake's result is the right
// one (a coordinate order on a separable objective, one step too few of zero steps, ...), a
// student who fails that test some other way must not be told it: here the right result a few
// parts in 1e8 off (a float accumulator: every trajectory check fails, the loose match cannot
// tell it from the right one), and with its converged flag turned over.
TEST(Mistakes, AMistakeWhoseResultIsTheRightOneOnATestIsNotNamedThere) {
  std::size_t coincidences = 0;
  std::set<std::string> kinds;
  for (const auto& problem : builtin_problems())
    for (const auto& test : problem.tests) {
      const std::string entry = entry_of(problem, test);
      const Outcome right = reference(entry, test.inputs).outcome;
      Outcome nearly = right, flagged = right;
      for (auto& x : nearly.path) x *= 1 + 3e-8;
      if (nearly.value) *nearly.value *= 1 + 3e-8;
      if (nearly.gradient) *nearly.gradient *= 1 + 3e-8;
      for (auto& c : nearly.cost_history) c *= 1 + 3e-8;
      if (flagged.converged) flagged.converged = !*flagged.converged;
      for (const auto& m : mistakes_for(entry)) {
        if (m.matches || !same_result(m.run(test.inputs), right, exact_rtol)) continue;
        ++coincidences;
        kinds.insert(m.id);
        for (const Outcome* student : {&nearly, &flagged})
          for (const auto& d : diagnose(entry, test.inputs, *student))
            EXPECT_NE(d.mistake, m.id) << test.name << ": named " << m.id << ", whose result is the right one here";
      }
    }
  // Not vacuous: the shipped spec has such tests, of several mistakes.
  EXPECT_GT(coincidences, 10u);
  EXPECT_TRUE(kinds.contains("sequential_coordinates"));
  EXPECT_TRUE(kinds.contains("one_step_too_few"));
  EXPECT_TRUE(kinds.contains("no_momentum"));
}

// The case that was reported: gd_2d_until's loop right, `converged` always true. On the bowl (a
// separable objective) the coordinate-order mistake's path is the right path; it was named "in
// all 2 failed tests".
TEST(Mistakes, AlwaysConvergedIsNotACoordinateOrder) {
  const spec::Problem* gd_2d = nullptr;
  for (const auto& p : shipped_spec().problems)
    if (p.id == "gd_2d") gd_2d = &p;
  ASSERT_NE(gd_2d, nullptr);
  std::size_t failed = 0;
  for (const auto& test : gd_2d->tests) {
    if (entry_of(*gd_2d, test) != "gd_2d_until") continue;
    const Expected expected = reference("gd_2d_until", test.inputs);
    Outcome student = expected.outcome;
    student.converged = true;
    if (failing_check(test, student, expected).empty()) continue;
    ++failed;
    for (const auto& d : diagnose("gd_2d_until", test.inputs, student)) ADD_FAILURE() << test.name << ": " << d.mistake;
  }
  EXPECT_GE(failed, 1u);
}

TEST(Checks, EveryFieldAnEntryReturnsIsCheckedBySomeTest) {
  std::map<std::string, std::set<std::string>> present, caught;  // entry -> fields
  for (const auto& problem : builtin_problems())
    for (const auto& test : problem.tests) {
      const std::string entry = entry_of(problem, test);
      const Expected expected = reference(entry, test.inputs);
      for (const auto& change : changes(expected.outcome)) {
        Outcome changed = expected.outcome;
        if (!change.apply(changed)) continue;
        present[entry].insert(change.field);
        if (!failing_check(test, changed, expected).empty()) caught[entry].insert(change.field);
      }
    }
  EXPECT_TRUE(present["sweep"].contains("rows[0].w"));
  EXPECT_TRUE(present["train"].contains("b_size"));
  for (const auto& [entry, fields] : present)
    for (const auto& field : fields)
      EXPECT_TRUE(caught[entry].contains(field)) << entry << ": no test checks " << field;
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
