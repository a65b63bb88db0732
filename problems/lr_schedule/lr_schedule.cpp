// Exercise 9 — Learning-rate schedules (Chapter 6, §4)
//
// "Start large and decrease over training": large steps while far from the minimum, small ones
// near it. The loop is Exercise 2's, with a rate that depends on the step number k, counted
// from 0 for the first step:
//
//     theta_{k+1} = theta_k - alpha_k * grad L(theta_k),      k = 0, 1, ..., steps - 1
//
// Step decay ("drop by a factor every k epochs"; here every `every` steps):
//
//     alpha_k = alpha * factor^floor(k / every)
//
//     so with every = 20: steps k = 0..19 use alpha, k = 20..39 use alpha * factor, ...
//
// Cosine annealing, from alpha down to alpha_min along half a cosine over the run:
//
//     alpha_k = alpha_min + (alpha - alpha_min) * (1 + cos(pi * k / steps)) / 2
//
//     k = 0 gives alpha; k = steps would give alpha_min, but the last step is k = steps - 1.
//
// A rate too large for the surface at first (the valley 0.25 x^2 + 4 y^2 is unstable for
// alpha > 0.25) can be rescued by the schedule: the path swings out, then settles once alpha_k
// has fallen far enough. The book's setting: the valley from (3.5, 1.1).
// Return every iterate {theta_0, ..., theta_steps}.
//
// Hint: k / every on two ints is already the floor you want; with doubles it is not.
// std::numbers::pi is in <numbers>.
#include "lr_schedule.hpp"

#include <cmath>
#include <numbers>

namespace exercises {

gdlab::Path gd_step_decay(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr,
                          double factor, int every, int steps) {
  // BEGIN SOLUTION
  // STUB: gdlab::todo("gd_step_decay");
  gdlab::Path path{theta0};
  gdlab::Vector theta = theta0;
  for (int k = 0; k < steps; ++k) {
    const double alpha_k = lr * std::pow(factor, k / every);
    theta = theta - alpha_k * f.gradient(theta);
    path.push_back(theta);
  }
  return path;
  // END SOLUTION
}

gdlab::Path gd_cosine(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, double lr_min,
                      int steps) {
  // BEGIN SOLUTION
  // STUB: gdlab::todo("gd_cosine");
  gdlab::Path path{theta0};
  gdlab::Vector theta = theta0;
  for (int k = 0; k < steps; ++k) {
    const double alpha_k = lr_min + (lr - lr_min) * (1 + std::cos(std::numbers::pi * k / steps)) / 2;
    theta = theta - alpha_k * f.gradient(theta);
    path.push_back(theta);
  }
  return path;
  // END SOLUTION
}

}  // namespace exercises
