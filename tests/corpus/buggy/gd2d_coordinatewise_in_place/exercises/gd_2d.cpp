// Wrong: theta is updated in place one coordinate at a time, each partial derivative taken
// at the half-updated point (Gauss-Seidel, not the simultaneous update theta - lr * g).
#include "gd_2d.hpp"

namespace exercises {

namespace {

void step(const gdlab::Objective& f, gdlab::Vector& theta, double lr) {
  for (gdlab::Index i = 0; i < theta.size(); ++i) theta(i) -= lr * f.gradient(theta)(i);
}

}  // namespace

gdlab::Path gd_2d(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, int steps) {
  gdlab::Path path{theta0};
  gdlab::Vector theta = theta0;
  for (int k = 0; k < steps; ++k) {
    step(f, theta, lr);
    path.push_back(theta);
  }
  return path;
}

EarlyStop gd_2d_until(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr,
                      int max_steps, double tol) {
  EarlyStop result;
  result.path.push_back(theta0);
  gdlab::Vector theta = theta0;
  for (int k = 0; k < max_steps; ++k) {
    const double norm = f.gradient(theta).norm();
    step(f, theta, lr);
    result.path.push_back(theta);
    result.steps = k + 1;
    if (norm < tol) {
      result.converged = true;
      break;
    }
  }
  return result;
}

}  // namespace exercises
