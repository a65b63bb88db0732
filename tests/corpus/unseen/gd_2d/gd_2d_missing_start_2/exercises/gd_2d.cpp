#include "gd_2d.hpp"

namespace exercises {

using gdlab::Path;
using gdlab::Vector;

Path gd_2d(const gdlab::Objective& f, const Vector& theta0, double lr, int steps) {
  Path path(steps);
  Vector theta = theta0;
  for (int k = 0; k < steps; ++k) {
    theta -= lr * f.gradient(theta);
    path[k] = theta;
  }
  return path;
}

EarlyStop gd_2d_until(const gdlab::Objective& f, const Vector& theta0, double lr,
                      int max_steps, double tol) {
  EarlyStop res;
  Vector theta = theta0;
  res.path.push_back(theta);
  int k = 0;
  while (k < max_steps) {
    Vector g = f.gradient(theta);
    theta -= lr * g;
    res.path.push_back(theta);
    ++k;
    if (g.norm() < tol) {
      res.converged = true;
      break;
    }
  }
  res.steps = k;
  return res;
}

}  // namespace exercises
