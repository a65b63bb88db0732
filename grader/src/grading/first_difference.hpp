// What first differs between a student's result and the expected one, in plain words, for when
// no named mistake matches. Facts only, never a cause: "your first step is 2.0 times as long as
// expected" is a fact, "you applied lr twice" a guess; only named mistakes say causes.
#pragma once

#include <string>

#include "grading/outcome.hpp"
#include "grading/reference.hpp"

namespace gdlab::grading {

// One sentence (at most two clauses) on the first quantity that differs, as tightly as the spec's
// checks compare (1e-9 + 1e-9 |x|):
// - a path: its first step that differs, that step's length and direction against the expected
//   step, and as a multiple of -lr x the gradient where the learning rate and the loss are known
//   and the expected step is along the gradient; then whether the gap between the paths grows,
//   shrinks or stays over the steps. A path that is a step shorter or longer, shifted by a step,
//   or that starts elsewhere says that.
// - a value or a gradient: its ratio to the expected one, or how far off it is.
// - a cost history, a declared entry's numbers, a sweep: the first entry (row) that differs.
// Empty when none of what it compares differs.
std::string first_difference(const Outcome& student, const Expected& expected);

}  // namespace gdlab::grading
