#include "lr_schedule.hpp"

#include <cmath>
#include <numbers>

namespace exercises {

gdlab::Path gd_step_decay(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr,
                          double factor, int every, int steps) {
  gdlab::Path path;
  path.reserve(steps + 1);
  path.push_back(theta0);
  double alpha = lr;
  for (int k = 0; k < steps; ++k) {
    if (k > 0 && k % every == 0) alpha *= factor;  // drop every `every` steps
    path.push_back(path.back() - alpha * f.gradient(path.back()));
  }
  return path;
}

gdlab::Path gd_cosine(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, double lr_min,
                      int steps) {
  const double pi = std::numbers::pi;
  const int last = steps - 1;  // k runs 0..steps-1
  gdlab::Path out{theta0};
  gdlab::Vector th = theta0;
  for (int k = 0; k < steps; k++) {
    double frac = last > 0 ? static_cast<double>(k) / last : 0.0;
    double a = lr_min + 0.5 * (lr - lr_min) * (1.0 + std::cos(pi * frac));
    th -= a * f.gradient(th);
    out.push_back(th);
  }
  return out;
}

}  // namespace exercises
