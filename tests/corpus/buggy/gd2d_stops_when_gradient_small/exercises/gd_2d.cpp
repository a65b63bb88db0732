// Wrong: gd_2d (which must take every one of its steps) also stops once |g| < 1e-6, copying
// §10's early stop into the plain loop; gd_2d_until is right.
#include "gd_2d.hpp"

namespace exercises {

gdlab::Path gd_2d(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, int steps) {
  gdlab::Path path{theta0};
  gdlab::Vector theta = theta0;
  for (int step = 0; step < steps; ++step) {
    const gdlab::Vector g = f.gradient(theta);
    theta = theta - lr * g;
    path.push_back(theta);
    if (g.norm() < 1e-6) break;  // converged: no point going on
  }
  return path;
}

EarlyStop gd_2d_until(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr,
                      int max_steps, double tol) {
  EarlyStop result;
  result.path.push_back(theta0);
  gdlab::Vector theta = theta0;
  for (int step = 0; step < max_steps; ++step) {
    const gdlab::Vector g = f.gradient(theta);
    theta = theta - lr * g;
    result.path.push_back(theta);
    result.steps = step + 1;
    if (g.norm() < tol) {
      result.converged = true;
      break;
    }
  }
  return result;
}

}  // namespace exercises
