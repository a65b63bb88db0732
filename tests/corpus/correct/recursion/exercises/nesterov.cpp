// Correct: Nesterov by recursion, each call taking one step and appending to the path it was
// handed by reference.
#include "nesterov.hpp"

namespace exercises {

namespace {

void go(const gdlab::Objective& f, const gdlab::Vector& theta, const gdlab::Vector& v, double lr, double beta,
        int left, gdlab::Path& path) {
  path.push_back(theta);
  if (left <= 0) return;
  const gdlab::Vector v_next = beta * v + f.gradient(theta - lr * beta * v);
  go(f, theta - lr * v_next, v_next, lr, beta, left - 1, path);
}

}  // namespace

gdlab::Path nesterov(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, double beta,
                     int steps) {
  gdlab::Path path;
  go(f, theta0, gdlab::Vector::Zero(theta0.size()), lr, beta, steps, path);
  return path;
}

}  // namespace exercises
