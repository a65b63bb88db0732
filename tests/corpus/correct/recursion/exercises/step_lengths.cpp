// Correct: the steps by recursion, each call taking one step and recording the new point and
// the distance it went.
#include "step_lengths.hpp"

#include <cmath>

namespace exercises {

namespace {

void descend(const gdlab::Function1D& f, double x, double lr, int left, StepLengths& out) {
  out.path.push_back(x);
  if (left == 0) return;
  const double next = x - lr * f.derivative(x);
  out.lengths.push_back(std::fabs(next - x));
  descend(f, next, lr, left - 1, out);
}

}  // namespace

StepLengths step_lengths(const gdlab::Function1D& f, double x0, double lr, int steps) {
  StepLengths out;
  descend(f, x0, lr, steps, out);
  return out;
}

}  // namespace exercises
