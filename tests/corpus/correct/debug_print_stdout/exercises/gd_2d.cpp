// Correct: one printf line per step to stdout (theta, loss, |g|), about 60 bytes a line: the
// 2000-step tests print about 120 KB.
#include "gd_2d.hpp"

#include <cstdio>

namespace exercises {

gdlab::Path gd_2d(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, int steps) {
  gdlab::Path path{theta0};
  gdlab::Vector theta = theta0;
  for (int step = 0; step < steps; ++step) {
    const gdlab::Vector g = f.gradient(theta);
    theta = theta - lr * g;
    path.push_back(theta);
    std::printf("step %4d: theta = (%.6f, %.6f), loss = %.6f, |g| = %.3e\n", step, theta(0), theta(1),
                f.value(theta), g.norm());
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
    std::printf("step %4d: theta = (%.6f, %.6f), loss = %.6f, |g| = %.3e\n", step, theta(0), theta(1),
                f.value(theta), g.norm());
    if (g.norm() < tol) {
      std::printf("Converged at step %d\n", step + 1);
      result.converged = true;
      break;
    }
  }
  return result;
}

}  // namespace exercises
