#include "lr_schedule.hpp"

#include <cmath>

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
  const double PI = 3.14;
  gdlab::Path path{theta0};
  gdlab::Vector theta = theta0;
  for (int k = 0; k < steps; ++k) {
    double alpha_k = lr_min + (lr - lr_min) * (1 + std::cos(PI * k / steps)) / 2;
    theta = theta - alpha_k * f.gradient(theta);
    path.push_back(theta);
  }
  return path;
}

}  // namespace exercises
