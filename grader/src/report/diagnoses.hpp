// What every report says about named mistakes, in the same words: once under the problem the
// mistakes that explain all its failed tests; otherwise, under each failed test, the mistakes
// its result matches with how many of the problem's failed tests each explains.
#pragma once

#include <string>
#include <vector>

#include "grading/explain.hpp"

namespace gdlab::report {

// One thing said about a mistake: "likely mistake: T" and its hint, or a note (no hint).
struct Said {
  std::string what, hint;
  std::string line() const { return hint.empty() ? what : what + ". Hint: " + hint; }
};

struct ProblemDiagnoses {
  std::vector<grading::Explanation> explanations;  // grading::explain of the problem
  // True when the mistakes named explain every failed test: they are said once, for the problem.
  bool once() const { return !explanations.empty() && explanations.front().explains_all(); }
  // What stands under the problem: "likely mistake, in all 3 failed tests: T" (hint H).
  std::vector<Said> for_problem() const;
  // What stands under a test, when not said once: "possible mistake (explains 2 of 5 failed
  // tests): T" (hint H), or the test's note that none matches.
  std::vector<Said> for_test(const grading::TestResult& t) const;
};

ProblemDiagnoses diagnoses_of(const grading::ProblemResult& p);

}  // namespace gdlab::report
