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
  EarlyStop out;
  out.steps = max_steps;
  gdlab::Vector theta = theta0;
  out.path.push_back(theta);
  for (int k = 0; k < max_steps; ++k) {
    gdlab::Vector g = f.gradient(theta);
    theta = theta - lr * g;
    out.path.push_back(theta);
    if (g.norm() < tol) {
      out.converged = true;
      out.steps = k;
      break;
    }
  }
  return out;
}

}  // namespace exercises
