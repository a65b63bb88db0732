// Exercise 1 — Gradient descent in 1D (Chapter 6, Problem 2)
//
// To minimise f(x), start at x_0 and repeat
//
//     g       = f'(x_k)            (the slope where you stand)
//     x_{k+1} = x_k - alpha * g    (a step downhill; alpha is the learning rate)
//
// f comes with its derivative: f.value(x) is f(x), f.derivative(x) is f'(x).
// The book's example is f(x) = (x - 3)^2 + 5, f'(x) = 2(x - 3), from x_0 = 0 with alpha = 0.1,
// but the tests use other functions, starts and rates too: use only the arguments.
//
// Return the whole path {x_0, x_1, ..., x_steps}, start included, so the grader can follow
// you step by step.
//
// Hint: the path has steps + 1 entries. Where does x_0 go?
#include "gd_1d.hpp"

namespace exercises {

std::vector<double> gd_1d(const gdlab::Function1D& f, double x0, double lr, int steps) {
  // BEGIN SOLUTION
  std::vector<double> path{x0};
  double x = x0;
  for (int step = 0; step < steps; ++step) {
    const double g = f.derivative(x);
    x = x - lr * g;
    path.push_back(x);
  }
  return path;
  // END SOLUTION
}

}  // namespace exercises
