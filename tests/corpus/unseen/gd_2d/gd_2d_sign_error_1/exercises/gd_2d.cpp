#include "gd_2d.hpp"

namespace exercises {

gdlab::Path gd_2d(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, int steps) {
  gdlab::Path path{theta0};
  gdlab::Vector theta = theta0;
  for (int k = 0; k < steps; ++k) {
    gdlab::Vector g = f.gradient(theta);
    theta = theta + lr * g;
    path.push_back(theta);
  }
  return path;
}

EarlyStop gd_2d_until(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr,
                      int max_steps, double tol) {
  EarlyStop out;
  gdlab::Vector theta = theta0;
  out.path.push_back(theta);
  for (int k = 0; k < max_steps; ++k) {
    gdlab::Vector g = f.gradient(theta);
    theta = theta - lr * g;
    out.path.push_back(theta);
    if (g.norm() < tol) {
      out.converged = true;
      break;
    }
  }
  out.steps = static_cast<int>(out.path.size()) - 1;
  return out;
}

}  // namespace exercises
