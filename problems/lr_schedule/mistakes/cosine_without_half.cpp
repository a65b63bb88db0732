// mistake: cosine annealing without the / 2: the rate starts at 2 lr - lr_min
// hint: (1 + cos) runs from 2 down to 0, so halve it: lr_min + (lr - lr_min) * (1 + cos(pi * k / steps)) / 2 starts at lr
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
    const double alpha_k = lr_min + (lr - lr_min) * (1 + std::cos(std::numbers::pi * k / steps));
    theta = theta - alpha_k * f.gradient(theta);
    path.push_back(theta);
  }
  return path;
}

}  // namespace exercises
