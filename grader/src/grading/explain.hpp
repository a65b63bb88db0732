// Which named mistakes explain a problem's failed tests. A mistake is named for the problem
// only when it explains every one of them; otherwise each mistake found says which it explains
// ("explains 2 of 5 failed tests"), so a loop that stops early is not called "one step too few"
// because one test happened to stop one step short.
#pragma once

#include <string>
#include <vector>

#include "grading/verdict.hpp"

namespace gdlab::grading {

struct Explanation {
  Diagnosis mistake;               // as first diagnosed (its title may name where: "in the loop")
  std::vector<std::string> tests;  // the failed tests it explains, by name, in the problem's order
  std::size_t failed = 0;          // the problem's failed tests a mistake could explain
  bool explains_all() const { return tests.size() == failed; }
};

// A failed test whose checks a mistake could explain: it ran, returned, and a check of the
// spec failed (not only called_twice, which no mistake of one call explains).
bool explainable(const TestResult& t);

// The mistakes that explain every failed test, when some do (only those); else every mistake
// diagnosed on some failed test, those explaining most first.
std::vector<Explanation> explain(const ProblemResult& p);

// "every failed test" or "2 of 5 failed tests": the same words in every report.
std::string explained(const Explanation& e);

}  // namespace gdlab::grading
