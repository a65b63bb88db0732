#include "lr_schedule.hpp"

#include <cmath>
#include <numbers>

namespace exercises {

gdlab::Path gd_step_decay(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr,
                          double factor, int every, int steps) {
  gdlab::Path path;
  path.push_back(theta0);
  gdlab::Vector theta = theta0;
  double k = 0.0;
  while (k < steps) {
    const double alpha = lr * std::pow(factor, k / every);
    theta = theta - alpha * f.gradient(theta);
    path.push_back(theta);
    k += 1.0;
  }
  return path;
}

gdlab::Path gd_cosine(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, double lr_min,
                      int steps) {
  gdlab::Path path;
  path.reserve(steps + 1);
  path.push_back(theta0);
  for (int k = 0; k < steps; ++k) {
    const double c = std::cos(std::numbers::pi * double(k) / double(steps));
    const double alpha = lr_min + (lr - lr_min) * (1.0 + c) / 2.0;
    path.push_back(path.back() - alpha * f.gradient(path.back()));
  }
  return path;
}

}  // namespace exercises
