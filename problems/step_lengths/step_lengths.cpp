// Exercise 10 — Why does gradient descent slow down near the minimum? (Chapter 6, Problem 1)
//
// The book answers in words: "the update step is alpha times the gradient, so a small gradient
// produces a small step". Here you measure it. Run Exercise 1's loop,
//
//     x_{k+1} = x_k - alpha * f'(x_k),
//
// and record how far each step went:
//
//     length_k = |x_{k+1} - x_k|        for k = 0, 1, ..., steps - 1
//
// A length is a distance: never negative, whichever way the step went. Since
// x_{k+1} - x_k = -alpha f'(x_k), length_k is alpha times the slope's size |f'(x_k)|: the
// tests check that, and that the lengths shrink as x nears the minimum (for Problem 2's
// (x - 3)^2 + 5 with alpha = 0.1, each is 0.8 times the one before). When alpha is too large
// the steps grow instead, and gradient descent diverges.
//
// Return the path {x_0, ..., x_steps} (steps + 1 numbers) and the lengths (steps numbers).
//
// Hint: there is one length per step, so one fewer than there are points in the path.
#include "step_lengths.hpp"

#include <cmath>

namespace exercises {

StepLengths step_lengths(const gdlab::Function1D& f, double x0, double lr, int steps) {
  // BEGIN SOLUTION
  StepLengths out;
  out.path.push_back(x0);
  double x = x0;
  for (int step = 0; step < steps; ++step) {
    const double next = x - lr * f.derivative(x);
    out.lengths.push_back(std::abs(next - x));
    out.path.push_back(next);
    x = next;
  }
  return out;
  // END SOLUTION
}

}  // namespace exercises
