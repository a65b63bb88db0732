// What first differs between two paths, in words (first_difference.hpp says what for).
#pragma once

#include <string>

#include "gdlab/types.hpp"
#include "grading/reference.hpp"

namespace gdlab::grading {

// The student's path against the expected one: a path that is the expected one cut short or
// run on, shifted by a step, or started elsewhere says that; else its first step that differs
// (length and direction against the expected step, and as a multiple of -lr x the gradient where
// `expected` knows the learning rate and the loss and the expected step is along the gradient),
// then whether the gap between the paths grows, shrinks or stays. Empty when they agree.
std::string path_difference(const Path& student, const Path& want, const Expected& expected);

}  // namespace gdlab::grading
