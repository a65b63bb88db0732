#include "report/diagnoses.hpp"

#include <fmt/format.h>

namespace gdlab::report {

std::vector<Said> ProblemDiagnoses::for_problem() const {
  std::vector<Said> said;
  if (!once()) return said;
  for (const auto& e : explanations)
    said.push_back({e.failed == 1 ? "likely mistake: " + e.mistake.title
                                  : fmt::format("likely mistake, in {}: {}", explained(e), e.mistake.title),
                    e.mistake.hint});
  return said;
}

std::vector<Said> ProblemDiagnoses::for_test(const grading::TestResult& t) const {
  std::vector<Said> said;
  if (once()) return said;
  for (const auto& d : t.diagnoses)
    for (const auto& e : explanations)
      if (e.mistake.mistake == d.mistake)
        said.push_back({fmt::format("possible mistake (explains {}): {}", explained(e), d.title), d.hint});
  if (!t.diagnosis_note.empty()) said.push_back({t.diagnosis_note, ""});
  return said;
}

ProblemDiagnoses diagnoses_of(const grading::ProblemResult& p) { return {grading::explain(p)}; }

}  // namespace gdlab::report
