#include "step_lengths.hpp"

#include <cmath>

namespace exercises {

StepLengths step_lengths(const gdlab::Function1D& f, double x0, double lr, int steps) {
  StepLengths sl;
  sl.path.resize(steps);
  sl.lengths.resize(steps);
  double x = x0;
  for (int k = 0; k < steps; ++k) {
    double step = lr * f.derivative(x);
    x = x - step;
    sl.path[k] = x;
    sl.lengths[k] = std::fabs(step);
  }
  return sl;
}

}  // namespace exercises
