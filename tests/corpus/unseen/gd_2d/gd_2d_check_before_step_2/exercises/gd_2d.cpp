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
  EarlyStop res;
  gdlab::Vector theta = theta0;
  res.path.push_back(theta);
  int k = 0;
  while (k < max_steps && f.gradient(theta).norm() >= tol) {
    theta -= lr * f.gradient(theta);
    res.path.push_back(theta);
    ++k;
  }
  res.steps = k;
  res.converged = f.gradient(theta).norm() < tol;
  return res;
}

}  // namespace exercises
