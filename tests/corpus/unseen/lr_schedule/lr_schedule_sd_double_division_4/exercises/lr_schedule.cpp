#include <bits/stdc++.h>
#include "lr_schedule.hpp"

namespace exercises {

static gdlab::Path run(const gdlab::Objective& f, const gdlab::Vector& theta0, int steps,
                       const std::function<double(double)>& alpha) {
  gdlab::Path p{theta0};
  gdlab::Vector t = theta0;
  for (int k = 0; k < steps; ++k) {
    t = t - alpha(k) * f.gradient(t);
    p.push_back(t);
  }
  return p;
}

gdlab::Path gd_step_decay(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr,
                          double factor, int every, int steps) {
  return run(f, theta0, steps, [=](double k) { return lr * std::pow(factor, k / every); });
}

gdlab::Path gd_cosine(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, double lr_min,
                      int steps) {
  return run(f, theta0, steps, [=](double k) {
    return lr_min + (lr - lr_min) * (1 + std::cos(std::numbers::pi * k / steps)) / 2;
  });
}

}  // namespace exercises
