// Exercise 9: learning-rate schedules, step decay and cosine annealing (Chapter 6, §4).
#pragma once

#include "gdlab/core.hpp"

namespace exercises {

// Gradient descent whose rate changes with the step k = 0, 1, ..., steps - 1:
//   theta_{k+1} = theta_k - lr_k * grad L(theta_k).
// Both return every iterate {theta_0, ..., theta_steps}.

// Step decay: lr_k = lr * factor^floor(k / every). The first `every` steps use lr itself.
gdlab::Path gd_step_decay(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr,
                          double factor, int every, int steps);

// Cosine annealing: lr_k = lr_min + (lr - lr_min) * (1 + cos(pi * k / steps)) / 2,
// lr on the first step, falling to just above lr_min on the last.
gdlab::Path gd_cosine(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, double lr_min,
                      int steps);

}  // namespace exercises
