// Wrong: each step appends theta before updating it (theta -= lr * g), so the path ends one
// iterate short, {theta_0, ..., theta_{steps-1}}, and zero steps returns an empty path.
#include "gd_2d.hpp"

namespace exercises {

gdlab::Path gd_2d(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, int steps) {
  gdlab::Path path;
  gdlab::Vector theta = theta0;
  for (int step = 0; step < steps; ++step) {
    path.push_back(theta);
    theta -= lr * f.gradient(theta);
  }
  return path;
}

EarlyStop gd_2d_until(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr,
                      int max_steps, double tol) {
  EarlyStop result;
  gdlab::Vector theta = theta0;
  for (int step = 0; step < max_steps; ++step) {
    const gdlab::Vector g = f.gradient(theta);
    result.path.push_back(theta);
    theta -= lr * g;
    result.steps = step + 1;
    if (g.norm() < tol) {
      result.converged = true;
      break;
    }
  }
  return result;
}

}  // namespace exercises
