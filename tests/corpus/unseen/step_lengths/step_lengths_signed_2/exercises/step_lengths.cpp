#include "step_lengths.hpp"

#include <cmath>

namespace exercises {

StepLengths step_lengths(const gdlab::Function1D& f, double x0, double lr, int steps) {
  StepLengths r;
  r.path.reserve(steps + 1);
  r.lengths.reserve(steps);
  double x = x0;
  r.path.push_back(x);
  for (int k = 0; k < steps; k++) {
    const double prev = x;
    x -= lr * f.derivative(x);
    r.path.push_back(x);
    r.lengths.push_back(prev - x);  // how far we moved
  }
  return r;
}

}  // namespace exercises
