#include "gd_2d.hpp"

namespace exercises {

gdlab::Path gd_2d(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, int steps) {
  gdlab::Path path;
  path.reserve(steps + 1);
  gdlab::Vector theta = theta0;
  path.push_back(theta);
  for (int k = 0; k < steps; ++k) {
    theta.noalias() -= lr * f.gradient(theta);
    path.push_back(theta);
  }
  return path;
}

EarlyStop gd_2d_until(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr,
                      int max_steps, double tol) {
  EarlyStop out;
  gdlab::Vector theta = theta0;
  out.path.push_back(theta);
  int count = 0;
  while (count < max_steps) {
    const gdlab::Vector g = f.gradient(theta);
    theta = theta - lr * g;
    out.path.push_back(theta);
    if (g.norm() < tol) {
      out.converged = true;
      break;
    }
    ++count;
  }
  out.steps = count;
  return out;
}

}  // namespace exercises
