// Correct: both schedules in while loops; step decay keeps the current rate in a variable and
// multiplies it by factor at the start of every `every`-th step instead of calling pow.
#include "lr_schedule.hpp"

#include <cmath>
#include <numbers>

namespace exercises {

gdlab::Path gd_step_decay(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr,
                          double factor, int every, int steps) {
  gdlab::Path path{theta0};
  gdlab::Vector theta = theta0;
  double rate = lr;
  int k = 0;
  while (k < steps) {
    if (k > 0 && k % every == 0) rate *= factor;
    theta -= rate * f.gradient(theta);
    path.push_back(theta);
    ++k;
  }
  return path;
}

gdlab::Path gd_cosine(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, double lr_min,
                      int steps) {
  gdlab::Path path{theta0};
  gdlab::Vector theta = theta0;
  int k = 0;
  while (k < steps) {
    const double progress = static_cast<double>(k) / steps;  // 0 on the first step
    const double rate = lr_min + 0.5 * (lr - lr_min) * (1.0 + std::cos(std::numbers::pi * progress));
    theta -= rate * f.gradient(theta);
    path.push_back(theta);
    ++k;
  }
  return path;
}

}  // namespace exercises
