// Exercise 6: Nesterov momentum (Chapter 6, §6).
#pragma once

#include "gdlab/core.hpp"

namespace exercises {

// `steps` steps of Nesterov momentum from theta0, v starting at zero: the course's heavy ball
// with the gradient taken at the look-ahead point theta - lr * beta * v,
//   g = grad L(theta - lr * beta * v);   v <- beta * v + g;   theta <- theta - lr * v.
// Returns every iterate of theta itself {theta_0, ..., theta_steps} (not the look-ahead points).
gdlab::Path nesterov(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, double beta,
                     int steps);

}  // namespace exercises
