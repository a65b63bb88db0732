// mistake: step decay compounding: each step multiplies the previous rate by factor^floor(k / every) again
// hint: compute each step's rate afresh from lr: lr_k = lr * factor^floor(k / every); do not multiply the rate you used last step again
#include "lr_schedule.hpp"

#include <cmath>
#include <numbers>

namespace exercises {

gdlab::Path gd_step_decay(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr,
                          double factor, int every, int steps) {
  gdlab::Path path{theta0};
  gdlab::Vector theta = theta0;
  double rate = lr;
  for (int k = 0; k < steps; ++k) {
    rate *= std::pow(factor, k / every);
    const double alpha_k = rate;
    theta = theta - alpha_k * f.gradient(theta);
    path.push_back(theta);
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
  }
  return path;
}

}  // namespace exercises
