#include "lr_schedule.hpp"

#include <cmath>
#include <numbers>

namespace exercises {

gdlab::Path gd_step_decay(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr,
                          double factor, int every, int steps) {
  gdlab::Path out{theta0};
  gdlab::Vector th = theta0;
  for (int k = 0; k < steps; ++k) {
    lr *= std::pow(factor, k / every);
    th -= lr * f.gradient(th);
    out.push_back(th);
  }
  return out;
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
