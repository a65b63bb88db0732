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
    // need a previous step to compare with
    if (k > 0) out.lengths.push_back(std::abs(out.path[k + 1] - out.path[k]));
  }
  return out;
}

}  // namespace exercises
