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

gdlab::Path gd_cosine(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, double lr_min,
                      int steps) {
  gdlab::Path path{theta0};
  gdlab::Vector theta = theta0;
  for (int k = 0; k < steps; ++k) {
    double alpha_k = lr_min + (lr - lr_min) * (1 + std::cos(2 * std::numbers::pi * k / steps)) / 2;
    theta = theta - alpha_k * f.gradient(theta);
    path.push_back(theta);
  }
  return path;
}

}  // namespace exercises
