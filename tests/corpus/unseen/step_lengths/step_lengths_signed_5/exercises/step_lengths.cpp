#include "step_lengths.hpp"

#include <cmath>

namespace exercises {

StepLengths step_lengths(const gdlab::Function1D& f, double x0, double lr, int steps) {
  StepLengths result;
  result.path.push_back(x0);
  double x = x0;
  for (int k = 0; k < steps; ++k) {
    double slope = f.derivative(x);
    // length is alpha times the slope's size
    result.lengths.push_back(std::abs(lr) * slope);
    x = x - lr * slope;
    result.path.push_back(x);
  }
  return result;
}

}  // namespace exercises
