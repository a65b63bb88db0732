// mistake: only the last iterate returned
// hint: return the whole path, every iterate from the start, not just where it ends
#include "gd_2d.hpp"

namespace exercises {

gdlab::Path gd_2d(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, int steps) {
  gdlab::Vector theta = theta0;
  for (int step = 0; step < steps; ++step) {
    const gdlab::Vector g = f.gradient(theta);
    theta = theta - lr * g;
  }
  return gdlab::Path{theta};
}

EarlyStop gd_2d_until(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr,
                      int max_steps, double tol) {
  EarlyStop result;
  gdlab::Vector theta = theta0;
  for (int step = 0; step < max_steps; ++step) {
    const gdlab::Vector g = f.gradient(theta);
    theta = theta - lr * g;
    result.steps = step + 1;
    if (g.norm() < tol) {
      result.converged = true;
      break;
    }
  }
  result.path = gdlab::Path{theta};
  return result;
}

}  // namespace exercises
