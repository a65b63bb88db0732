// Correct: a student fresh from a functional-programming course: each step is a recursive
// call that appends the next iterate, the base case being zero steps left.
#include "gd_1d.hpp"

namespace exercises {

namespace {

void descend(const gdlab::Function1D& f, double x, double lr, int left, std::vector<double>& path) {
  path.push_back(x);
  if (left == 0) return;
  descend(f, x - lr * f.derivative(x), lr, left - 1, path);
}

}  // namespace

std::vector<double> gd_1d(const gdlab::Function1D& f, double x0, double lr, int steps) {
  std::vector<double> path;
  descend(f, x0, lr, steps, path);
  return path;
}

}  // namespace exercises
