// Exercise 3 — Heavy-ball momentum (Chapter 6, §6 and Problem 4)
//
// Instead of stepping along the gradient, step along a velocity v that remembers past
// gradients. With v_0 = 0:
//
//     g       = grad L(theta_k)
//     v       <- beta * v + g              (90% of the old velocity plus 100% of the gradient)
//     theta   <- theta - alpha * v
//
// This is the course's form exactly. Other books write v <- beta v + (1 - beta) g, or put
// alpha inside v: those give different paths and fail the tests.
// The book's example: L = x^2 + 4y^2 from (4, 1) with alpha = 0.05, beta = 0.9.
//
// Return every iterate {theta_0, ..., theta_steps}.
//
// Hint: v has the same size as theta, and it must start at zero, not at the first gradient.
#include "momentum.hpp"

namespace exercises {

gdlab::Path momentum(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr,
                     double beta, int steps) {
  // BEGIN SOLUTION
  gdlab::Path path{theta0};
  gdlab::Vector theta = theta0;
  gdlab::Vector v = gdlab::Vector::Zero(theta0.size());
  for (int step = 0; step < steps; ++step) {
    const gdlab::Vector g = f.gradient(theta);
    v = beta * v + g;
    theta = theta - lr * v;
    path.push_back(theta);
  }
  return path;
  // END SOLUTION
}

}  // namespace exercises
