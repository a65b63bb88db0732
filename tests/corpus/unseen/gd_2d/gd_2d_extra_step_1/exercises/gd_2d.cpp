#include "gd_2d.hpp"

namespace exercises {

gdlab::Path gd_2d(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, int steps) {
  gdlab::Path path{theta0};
  gdlab::Vector theta = theta0;
  for (int k = 0; k <= steps; ++k) {
    theta = theta - lr * f.gradient(theta);
    path.push_back(theta);
  }
  return path;
}

EarlyStop gd_2d_until(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr,
                      int max_steps, double tol) {
  EarlyStop res;
  res.path.push_back(theta0);
  gdlab::Vector theta = theta0;
  for (int step = 1; step <= max_steps; ++step) {
    const gdlab::Vector g = f.gradient(theta);
    theta -= lr * g;
    res.path.push_back(theta);
    res.steps = step;
    if (g.norm() < tol) {
      res.converged = true;
      break;
    }
  }
  return res;
}

}  // namespace exercises
