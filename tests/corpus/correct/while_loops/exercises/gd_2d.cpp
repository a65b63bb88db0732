// Correct: while loops, and §10's early stop written as the loop condition (a flag) rather
// than a break.
#include "gd_2d.hpp"

namespace exercises {

gdlab::Path gd_2d(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, int steps) {
  gdlab::Path path;
  gdlab::Vector theta = theta0;
  path.push_back(theta);
  int remaining = steps;
  while (remaining-- > 0) {
    gdlab::Vector g = f.gradient(theta);
    theta -= lr * g;
    path.push_back(theta);
  }
  return path;
}

EarlyStop gd_2d_until(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr,
                      int max_steps, double tol) {
  EarlyStop result;
  gdlab::Vector theta = theta0;
  result.path.push_back(theta);
  bool done = false;
  while (!done && result.steps < max_steps) {
    gdlab::Vector g = f.gradient(theta);
    theta -= lr * g;
    result.path.push_back(theta);
    result.steps++;
    if (g.norm() < tol) {
      result.converged = true;
      done = true;
    }
  }
  return result;
}

}  // namespace exercises
