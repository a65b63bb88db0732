#include "lr_schedule.hpp"

#include <cmath>
#include <numbers>

namespace exercises {

gdlab::Path gd_step_decay(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr,
                          double factor, int every, int steps) {
  gdlab::Path path;
  path.reserve(steps + 1);
  path.push_back(theta0);
  double alpha = lr;
  for (int k = 0; k < steps; ++k) {
    if (k > 0 && k % every == 0) alpha *= factor;  // drop every `every` steps
    path.push_back(path.back() - alpha * f.gradient(path.back()));
  }
  return path;
}

static double cosine_rate(int k, int steps, double lr, double lr_min) {
  const double progress = k / steps;
  return lr_min + 0.5 * (lr - lr_min) * (1 + std::cos(std::numbers::pi * progress));
}

gdlab::Path gd_cosine(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, double lr_min,
                      int steps) {
  gdlab::Path path{theta0};
  for (int k = 0; k < steps; ++k) {
    const gdlab::Vector& cur = path.back();
    path.push_back(cur - cosine_rate(k, steps, lr, lr_min) * f.gradient(cur));
  }
  return path;
}

}  // namespace exercises
