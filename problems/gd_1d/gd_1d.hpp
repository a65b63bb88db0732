// Exercise 1: gradient descent in one dimension (Chapter 6, Problem 2).
#pragma once

#include <vector>

#include "gdlab/core.hpp"

namespace exercises {

// Run `steps` steps of gradient descent on f from x0 with learning rate lr.
// Returns every iterate from the start: {x_0, x_1, ..., x_steps} (steps + 1 numbers).
std::vector<double> gd_1d(const gdlab::Function1D& f, double x0, double lr, int steps);

}  // namespace exercises
