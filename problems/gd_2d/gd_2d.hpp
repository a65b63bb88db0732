// Exercise 2: gradient descent in two dimensions (Chapter 6, Problem 3 and §10).
#pragma once

#include "gdlab/core.hpp"

namespace exercises {

// `steps` steps of theta <- theta - lr * grad L(theta) from theta0.
// Returns every iterate {theta_0, ..., theta_steps}.
gdlab::Path gd_2d(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, int steps);

// What gd_2d_until returns.
struct EarlyStop {
  gdlab::Path path;        // every iterate {theta_0, theta_1, ...}, start included
  int steps = 0;           // how many steps were taken (path.size() - 1)
  bool converged = false;  // true when it stopped because |g| < tol
};

// Like gd_2d, but stops early, as §10 does: after the step with gradient g,
// stop if |g| < tol. At most max_steps steps.
EarlyStop gd_2d_until(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr,
                      int max_steps, double tol);

}  // namespace exercises
