// Correct: the rate and the loss printed every step with printf to stdout, as a student
// checking that the schedule really falls writes it.
#include "lr_schedule.hpp"

#include <cmath>
#include <cstdio>
#include <numbers>

namespace exercises {

gdlab::Path gd_step_decay(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr,
                          double factor, int every, int steps) {
  gdlab::Path path{theta0};
  gdlab::Vector theta = theta0;
  for (int k = 0; k < steps; ++k) {
    const double alpha_k = lr * std::pow(factor, k / every);
    theta = theta - alpha_k * f.gradient(theta);
    path.push_back(theta);
    std::printf("k=%d lr=%.6f loss=%.6g\n", k, alpha_k, f(theta));
  }
  return path;
}

gdlab::Path gd_cosine(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, double lr_min,
                      int steps) {
  gdlab::Path path{theta0};
  gdlab::Vector theta = theta0;
  for (int k = 0; k < steps; ++k) {
    const double alpha_k = lr_min + (lr - lr_min) * (1 + std::cos(std::numbers::pi * k / steps)) / 2;
    theta = theta - alpha_k * f.gradient(theta);
    path.push_back(theta);
    std::printf("k=%d lr=%.6f loss=%.6g\n", k, alpha_k, f(theta));
  }
  return path;
}

}  // namespace exercises
