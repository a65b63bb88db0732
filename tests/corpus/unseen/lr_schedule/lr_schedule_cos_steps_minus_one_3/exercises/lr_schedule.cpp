#include "lr_schedule.hpp"

#include <cmath>
#include <numbers>

namespace exercises {

gdlab::Path gd_step_decay(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr,
                          double factor, int every, int steps) {
  auto rate = [&](int k) { return lr * std::pow(factor, k / every); };
  gdlab::Path out;
  out.push_back(theta0);
  gdlab::Vector th = theta0;
  for (int k = 0; k < steps; k++) {
    gdlab::Vector g = f.gradient(th);
    th -= rate(k) * g;
    out.push_back(th);
  }
  return out;
}

gdlab::Path gd_cosine(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, double lr_min,
                      int steps) {
  gdlab::Path path;
  path.push_back(theta0);
  gdlab::Vector theta = theta0;
  const double T = std::max(steps - 1, 1);
  for (int k = 0; k < steps; ++k) {
    const double alpha = lr_min + (lr - lr_min) * (1.0 + std::cos(std::numbers::pi * k / T)) / 2.0;
    theta = theta - alpha * f.gradient(theta);
    path.push_back(theta);
  }
  return path;
}

}  // namespace exercises
