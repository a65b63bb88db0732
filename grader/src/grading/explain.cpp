#include "grading/explain.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace gdlab::grading {

bool explainable(const TestResult& t) {
  if (t.verdict != Verdict::failed) return false;
  return std::any_of(t.checks.begin(), t.checks.end(),
                     [](const CheckResult& c) { return !c.passed && c.kind != "called_twice"; });
}

std::vector<Explanation> explain(const ProblemResult& p) {
  std::vector<Explanation> found;
  std::size_t failed = 0;
  for (const auto& t : p.tests) {
    if (!explainable(t)) continue;
    ++failed;
    for (const auto& d : t.diagnoses) {
      auto it = std::find_if(found.begin(), found.end(),
                             [&](const Explanation& e) { return e.mistake.mistake == d.mistake; });
      if (it == found.end()) it = found.insert(found.end(), Explanation{d, {}, 0});
      if (it->tests.empty() || it->tests.back() != t.name) it->tests.push_back(t.name);
    }
  }
  for (auto& e : found) e.failed = failed;
  const bool some_explain_all =
      std::any_of(found.begin(), found.end(), [](const Explanation& e) { return e.explains_all(); });
  if (some_explain_all) std::erase_if(found, [](const Explanation& e) { return !e.explains_all(); });
  std::stable_sort(found.begin(), found.end(),
                   [](const Explanation& a, const Explanation& b) { return a.tests.size() > b.tests.size(); });
  return found;
}

std::string explained(const Explanation& e) {
  if (e.explains_all()) return e.failed == 1 ? "the failed test" : fmt::format("all {} failed tests", e.failed);
  return fmt::format("{} of {} failed tests", e.tests.size(), e.failed);
}

}  // namespace gdlab::grading
