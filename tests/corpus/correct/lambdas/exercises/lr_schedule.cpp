// Correct: one descent loop as a helper lambda that takes the schedule, itself a lambda from
// the step number k to the rate.
#include "lr_schedule.hpp"

#include <cmath>
#include <numbers>

namespace exercises {

namespace {

auto descend = [](const gdlab::Objective& f, const gdlab::Vector& theta0, int steps, auto rate_at) {
  gdlab::Path path{theta0};
  gdlab::Vector theta = theta0;
  for (int k = 0; k < steps; ++k) {
    theta = theta - rate_at(k) * f.gradient(theta);
    path.push_back(theta);
  }
  return path;
};

}  // namespace

gdlab::Path gd_step_decay(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr,
                          double factor, int every, int steps) {
  return descend(f, theta0, steps, [=](int k) { return lr * std::pow(factor, k / every); });
}

gdlab::Path gd_cosine(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, double lr_min,
                      int steps) {
  const auto cosine = [=](int k) {
    return lr_min + (lr - lr_min) * (1 + std::cos(std::numbers::pi * k / steps)) / 2;
  };
  return descend(f, theta0, steps, cosine);
}

}  // namespace exercises
