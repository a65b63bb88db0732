// Correct: recursion for both loops (2000 steps deep at most, well within the stack), the
// early stop as a second base case.
#include "gd_2d.hpp"

namespace exercises {

namespace {

void descend(const gdlab::Objective& f, const gdlab::Vector& theta, double lr, int left, gdlab::Path& path) {
  path.push_back(theta);
  if (left <= 0) return;
  descend(f, theta - lr * f.gradient(theta), lr, left - 1, path);
}

void descend_until(const gdlab::Objective& f, const gdlab::Vector& theta, double lr, int left, double tol,
                   EarlyStop& out) {
  if (left <= 0) return;
  const gdlab::Vector g = f.gradient(theta);
  const gdlab::Vector next = theta - lr * g;
  out.path.push_back(next);
  out.steps += 1;
  if (g.norm() < tol) {
    out.converged = true;
    return;
  }
  descend_until(f, next, lr, left - 1, tol, out);
}

}  // namespace

gdlab::Path gd_2d(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, int steps) {
  gdlab::Path path;
  descend(f, theta0, lr, steps, path);
  return path;
}

EarlyStop gd_2d_until(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr,
                      int max_steps, double tol) {
  EarlyStop out;
  out.path.push_back(theta0);
  descend_until(f, theta0, lr, max_steps, tol, out);
  return out;
}

}  // namespace exercises
