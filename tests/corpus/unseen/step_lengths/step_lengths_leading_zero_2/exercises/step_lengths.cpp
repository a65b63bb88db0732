#include "step_lengths.hpp"

#include <cmath>

namespace exercises {

StepLengths step_lengths(const gdlab::Function1D& f, double x0, double lr, int steps) {
  StepLengths s;
  s.path.assign(steps + 1, 0.0);
  s.lengths.assign(steps + 1, 0.0);
  s.path[0] = x0;
  for (int k = 0; k < steps; ++k) {
    s.path[k + 1] = s.path[k] - lr * f.derivative(s.path[k]);
    s.lengths[k + 1] = std::abs(s.path[k + 1] - s.path[k]);
  }
  return s;
}

}  // namespace exercises
