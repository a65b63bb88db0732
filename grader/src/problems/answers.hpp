// The built-in problems' answers, looked up by entry in the registry (builtin.hpp): the expected
// values from each entry's reference, the named mistakes from its mistake list.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "grading/answers.hpp"
#include "grading/inputs.hpp"
#include "grading/mistakes.hpp"
#include "grading/reference.hpp"

namespace gdlab::problems {

// A built-in entry's expected values (grader/problems/<id>/problem.cpp).
// Throws std::invalid_argument for inputs the entry cannot use (the spec schema should
// have caught them; this is the last line).
grading::Expected reference(const std::string& entry, const grading::Inputs& inputs);

// The known mistakes of an exercise entry (gd_1d, momentum, linreg_gd, train, ...).
const std::vector<grading::Mistake>& mistakes_for(const std::string& entry);

// The mistakes whose result the student's matches (within a small relative tolerance), each
// only where its result differs from the right answer (grading::shows_mistake).
std::vector<grading::Diagnosis> diagnose(const std::string& entry, const grading::Inputs& inputs,
                                         const grading::Outcome& student);

// All three as the grading of a test asks for them.
std::unique_ptr<grading::Answers> builtin_answers();

}  // namespace gdlab::problems
