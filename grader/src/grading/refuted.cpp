#include "grading/refuted.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "grading/grade.hpp"

namespace gdlab::grading {

namespace {

const spec::Test* spec_test(const spec::Problem& problem, const std::string& name) {
  const auto it =
      std::find_if(problem.tests.begin(), problem.tests.end(), [&](const spec::Test& s) { return s.name == name; });
  return it == problem.tests.end() ? nullptr : &*it;
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
}

}  // namespace gdlab::grading
