// Exercise 3: heavy-ball momentum (Chapter 6, §6 and Problem 4).
#pragma once

#include "gdlab/core.hpp"

namespace exercises {

// `steps` steps of heavy-ball momentum from theta0, v starting at zero:
//   v <- beta * v + g;   theta <- theta - lr * v.
// Returns every iterate {theta_0, ..., theta_steps}.
gdlab::Path momentum(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr,
                     double beta, int steps);

}  // namespace exercises
