// Correct: both vectors sized up front (steps + 1 points, steps lengths) and filled by index,
// the length taken as lr times the size of the slope.
#include "step_lengths.hpp"

#include <cmath>

namespace exercises {

StepLengths step_lengths(const gdlab::Function1D& f, double x0, double lr, int steps) {
  StepLengths result;
  result.path.resize(steps + 1);
  result.lengths.resize(steps);
  result.path[0] = x0;
  for (int k = 0; k < steps; k++) {
    const double slope = f.derivative(result.path[k]);
    result.path[k + 1] = result.path[k] - lr * slope;
    result.lengths[k] = lr * std::abs(slope);
  }
  return result;
}

}  // namespace exercises
