#include "step_lengths.hpp"

#include <cmath>

namespace exercises {

StepLengths step_lengths(const gdlab::Function1D& f, double x0, double lr, int steps) {
  StepLengths out;
  out.path.push_back(x0);
  double x = x0;
  for (int k = 0; k < steps; ++k) {
    double g = f.derivative(x);
    out.lengths.push_back(std::abs(g));
    x = x - lr * g;
    out.path.push_back(x);
  }
  return out;
}

}  // namespace exercises
