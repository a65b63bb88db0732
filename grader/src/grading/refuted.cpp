#include "grading/refuted.hpp"

#include <algorithm>
#include <map>
#include <optional>
#include <set>

#include "grading/explain.hpp"
#include "grading/grade.hpp"

namespace gdlab::grading {

namespace {

const spec::Test* spec_test(const spec::Problem& problem, const std::string& name) {
  const auto it =
      std::find_if(problem.tests.begin(), problem.tests.end(), [&](const spec::Test& s) { return s.name == name; });
  return it == problem.tests.end() ? nullptr : &*it;
}

// Of two mistakes that each explain every failed test, the one no passed test rules out in any
// entry: a train that steps uphill is `ascent`, not `gradient_sign` (whose train, built on its
// gradients, climbs too, but whose gradients fail the tests this student passed). Only between
// whole explanations: one that explains every failed test is never dropped for a partial one.
void prefer_unrefuted(ProblemResult& result, const std::map<std::string, std::set<std::string>>& refuted) {
  std::optional<std::set<std::string>> everywhere;  // named on every explainable failed test
  for (const auto& t : result.tests) {
    if (!explainable(t)) continue;
    std::set<std::string> here;
    for (const auto& d : t.diagnoses)
      if (!everywhere || everywhere->contains(d.mistake)) here.insert(d.mistake);
    everywhere = std::move(here);
  }
  if (!everywhere || everywhere->size() < 2) return;
  std::set<std::string> ruled_out;
  for (const auto& id : *everywhere)
    for (const auto& [entry, ids] : refuted)
      if (ids.contains(id)) ruled_out.insert(id);
  if (ruled_out.empty() || ruled_out.size() == everywhere->size()) return;
  for (auto& t : result.tests)
    std::erase_if(t.diagnoses, [&](const Diagnosis& d) { return ruled_out.contains(d.mistake); });
}

}  // namespace

void drop_refuted(ProblemResult& result, const spec::Problem& problem, Answers& answers) {
  const auto named = [](const TestResult& t) { return !t.diagnoses.empty(); };
  const auto passed = [](const TestResult& t) { return t.verdict == Verdict::passed; };
  if (std::none_of(result.tests.begin(), result.tests.end(), named) ||
      std::none_of(result.tests.begin(), result.tests.end(), passed))
    return;
  // By entry: a mistake file is wrong in every entry it implements, a student perhaps in one.
  std::map<std::string, std::set<std::string>> refuted;  // entry -> mistake ids
  for (const auto& t : result.tests)
    if (const spec::Test* test = passed(t) ? spec_test(problem, t.name) : nullptr) {
      const std::string& entry = entry_of(problem, *test);
      for (auto& id : answers.refuted_by(entry, *test)) refuted[entry].insert(std::move(id));
    }
  for (auto& t : result.tests) {
    const spec::Test* test = named(t) ? spec_test(problem, t.name) : nullptr;
    if (!test) continue;
    const auto& out = refuted[entry_of(problem, *test)];
    std::erase_if(t.diagnoses, [&](const Diagnosis& d) { return out.contains(d.mistake); });
    if (t.diagnoses.empty()) t.diagnosis_note = t.note_if_unnamed;
  }
  prefer_unrefuted(result, refuted);
}

}  // namespace gdlab::grading
