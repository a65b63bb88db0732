// Exercise 10: why gradient descent slows down near the minimum (Chapter 6, Problem 1).
#pragma once

#include <vector>

#include "gdlab/core.hpp"

namespace exercises {

// What step_lengths returns.
struct StepLengths {
  std::vector<double> path;     // x_0, x_1, ..., x_steps: every iterate, start included
  std::vector<double> lengths;  // |x_{k+1} - x_k| for k = 0, ..., steps - 1 (steps numbers)
};

// `steps` steps of gradient descent x <- x - lr * f'(x) on f from x0, and how long each step was.
StepLengths step_lengths(const gdlab::Function1D& f, double x0, double lr, int steps);

}  // namespace exercises
