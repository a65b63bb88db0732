#include "lr_schedule.hpp"

#include <cmath>
#include <numbers>

namespace exercises {

gdlab::Path gd_step_decay(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr,
                          double factor, int every, int steps) {
  gdlab::Path path{theta0};
  gdlab::Vector theta = theta0;
  for (int k = 0; k < steps; ++k) {
    double alpha_k = lr * std::pow(factor, k % every);
    theta = theta - alpha_k * f.gradient(theta);
    path.push_back(theta);
  }
  return path;
}

gdlab::Path gd_cosine(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, double lr_min,
                      int steps) {
  const double pi = std::numbers::pi;
  gdlab::Path out;
  out.push_back(theta0);
  gdlab::Vector th = theta0;
  for (int k = 0; k < steps; k++) {
    double frac = static_cast<double>(k) / steps;
    double a = lr_min + 0.5 * (lr - lr_min) * (1.0 + std::cos(pi * frac));
    th -= a * f.gradient(th);
    out.push_back(th);
  }
  return out;
}

}  // namespace exercises
