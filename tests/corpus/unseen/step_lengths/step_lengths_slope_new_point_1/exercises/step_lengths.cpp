#include "step_lengths.hpp"

#include <cmath>

namespace exercises {

StepLengths step_lengths(const gdlab::Function1D& f, double x0, double lr, int steps) {
  StepLengths out;
  out.path.push_back(x0);
  double x = x0;
  for (int k = 0; k < steps; ++k) {
    x = x - lr * f.derivative(x);
    out.path.push_back(x);
    out.lengths.push_back(lr * std::abs(f.derivative(x)));
  }
  return out;
}

}  // namespace exercises
