// mistake: cosine annealing upside down: the rate climbs from lr_min to lr
// hint: the rate starts at lr and falls to lr_min: lr_min + (lr - lr_min) * (1 + cos(pi * k / steps)) / 2, which is lr at k = 0
#include "lr_schedule.hpp"

#include <cmath>
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
  }
  return path;
}

gdlab::Path gd_cosine(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, double lr_min,
                      int steps) {
  gdlab::Path path{theta0};
  gdlab::Vector theta = theta0;
  for (int k = 0; k < steps; ++k) {
    const double alpha_k = lr_min + (lr - lr_min) * (1 - std::cos(std::numbers::pi * k / steps)) / 2;
    theta = theta - alpha_k * f.gradient(theta);
    path.push_back(theta);
  }
  return path;
}

}  // namespace exercises
