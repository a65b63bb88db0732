#include <bits/stdc++.h>
#include "lr_schedule.hpp"

namespace exercises {

gdlab::Path gd_step_decay(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr,
                          double factor, int every, int steps) {
  gdlab::Path path{theta0};
  gdlab::Vector theta = theta0;
  for (int k = 0; k < steps; ++k) {
    double alpha_k = lr * std::pow(factor, k / every);
    theta = theta - alpha_k * f.gradient(theta);
    path.push_back(theta);
  }
  return path;
}

gdlab::Path gd_cosine(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, double lr_min,
                      int steps) {
  const double PI = std::numbers::pi;
  gdlab::Path path;
  path.push_back(theta0);
  gdlab::Vector theta = theta0;
  for (int k = 0; k < steps; ++k) {
    double angle = PI * double(k / steps);
    double alpha = lr_min + (lr - lr_min) * (1 + cos(angle)) / 2;
    theta = theta - alpha * f.gradient(theta);
    path.push_back(theta);
  }
  return path;
}

}  // namespace exercises
