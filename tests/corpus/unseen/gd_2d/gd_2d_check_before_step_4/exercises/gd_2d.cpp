#include "gd_2d.hpp"

namespace exercises {

namespace {
struct Runner {
  const gdlab::Objective& f;
  double lr;
  gdlab::Vector step(const gdlab::Vector& theta, gdlab::Vector* g_out) const {
    *g_out = f.gradient(theta);
    return theta - lr * *g_out;
  }
};
}  // namespace

gdlab::Path gd_2d(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, int steps) {
  Runner run{f, lr};
  gdlab::Path path{theta0};
  gdlab::Vector theta = theta0, g;
  for (int k = 0; k < steps; ++k) {
    theta = run.step(theta, &g);
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
    if (f.gradient(theta).norm() < tol) {
      result.converged = true;
      result.steps = k;
      return result;
    }
    gdlab::Vector g;
    theta = Runner{f, lr}.step(theta, &g);
    result.path.push_back(theta);
  }
  result.steps = max_steps;
  return result;
}

}  // namespace exercises
