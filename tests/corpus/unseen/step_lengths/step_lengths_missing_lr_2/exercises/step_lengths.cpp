#include "step_lengths.hpp"

#include <cmath>

namespace exercises {

StepLengths step_lengths(const gdlab::Function1D& f, double x0, double lr, int steps) {
  StepLengths sl;
  sl.path.resize(steps + 1);
  sl.lengths.resize(steps);
  sl.path[0] = x0;
  for (int k = 0; k < steps; ++k) {
    const double xk = sl.path[k];
    const double slope = f.derivative(xk);
    sl.path[k + 1] = xk - lr * slope;
    sl.lengths[k] = std::fabs(slope);  // a small slope produces a small step
  }
  return sl;
}

}  // namespace exercises
