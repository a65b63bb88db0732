// The checks of the spec, each comparing the student's outcome with the reference's and
// saying, when it fails, what was expected, what came back and the tolerance.
#pragma once

#include "grading/outcome.hpp"
#include "grading/reference.hpp"
#include "grading/verdict.hpp"
#include "spec/spec.hpp"

namespace gdlab::grading {

CheckResult evaluate(const spec::Check& check, const Outcome& student, const Expected& expected);

}  // namespace gdlab::grading
