#include "grading/refuted.hpp"

#include <algorithm>
#include <set>

namespace gdlab::grading {

void drop_refuted(ProblemResult& result, const spec::Problem& problem, Answers& answers) {
  const auto named = [](const TestResult& t) { return !t.diagnoses.empty(); };
  const auto passed = [](const TestResult& t) { return t.verdict == Verdict::passed; };
  if (std::none_of(result.tests.begin(), result.tests.end(), named) ||
      std::none_of(result.tests.begin(), result.tests.end(), passed))
    return;
  std::set<std::string> refuted;
  for (const auto& t : result.tests) {
    if (!passed(t)) continue;
    const auto test = std::find_if(problem.tests.begin(), problem.tests.end(),
                                   [&](const spec::Test& s) { return s.name == t.name; });
    if (test == problem.tests.end()) continue;
    const std::string& entry = test->entry.empty() ? problem.entry : test->entry;
    for (auto& id : answers.refuted_by(entry, *test)) refuted.insert(std::move(id));
  }
  for (auto& t : result.tests) {
    if (!named(t)) continue;
    std::erase_if(t.diagnoses, [&](const Diagnosis& d) { return refuted.contains(d.mistake); });
    if (t.diagnoses.empty()) t.diagnosis_note = t.note_if_unnamed;
  }
}

}  // namespace gdlab::grading
