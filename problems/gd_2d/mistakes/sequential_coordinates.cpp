// mistake: coordinates updated one after the other, each with the gradient at the point already moved
// hint: compute the whole gradient at theta first, then move every coordinate with it
#include "gd_2d.hpp"

namespace exercises {

gdlab::Path gd_2d(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, int steps) {
  gdlab::Path path{theta0};
  gdlab::Vector theta = theta0;
  for (int step = 0; step < steps; ++step) {
    for (gdlab::Index i = 0; i < theta.size(); ++i) theta(i) = theta(i) - lr * f.gradient(theta)(i);
    path.push_back(theta);
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
    for (gdlab::Index i = 0; i < theta.size(); ++i) theta(i) = theta(i) - lr * f.gradient(theta)(i);
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
