#include "gd_2d.hpp"

namespace exercises {

gdlab::Path gd_2d(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, int steps) {
  gdlab::Path iterates{theta0};
  iterates.reserve(steps + 1);
  gdlab::Vector theta = theta0;
  for (int k = 0; k < steps; k++) {
    theta -= lr * f.gradient(theta);
    iterates.push_back(theta);  // push_back stores a copy
  }
  return iterates;
}

EarlyStop gd_2d_until(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr,
                      int max_steps, double tol) {
  EarlyStop r;
  gdlab::Vector theta = theta0;
  int taken = 0;
  for (int step = 0; step < max_steps; ++step) {
    const gdlab::Vector g = f.gradient(theta);
    theta = theta - lr * g;
    r.path.push_back(theta);
    ++taken;
    if (g.norm() < tol) {
      r.converged = true;
      break;
    }
  }
  r.steps = taken;
  return r;
}

}  // namespace exercises
