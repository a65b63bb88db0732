// The harness of a declared problem, written from its declaration: a main() that reads a
// test's inputs, calls the student's function with them in the declared order, and sends what
// it returned in the grader's result frame (grader/harness/protocol.hpp), like the built-in
// harnesses in grader/harness/ do by hand.
#pragma once

#include <string>

#include "spec/spec.hpp"

namespace gdlab::declared {

// The exercise header the harness includes: the problem's source with .hpp, e.g. adam.hpp.
std::string header_name(const spec::Problem& problem);

std::string harness_source(const spec::Problem& problem);

}  // namespace gdlab::declared
