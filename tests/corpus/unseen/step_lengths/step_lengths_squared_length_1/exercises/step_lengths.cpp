#include "step_lengths.hpp"

#include <cmath>

namespace exercises {

StepLengths step_lengths(const gdlab::Function1D& f, double x0, double lr, int steps) {
  StepLengths out;
  out.path.push_back(x0);
  double x = x0;
  for (int k = 0; k < steps; ++k) {
    double nx = x - lr * f.derivative(x);
    double d = nx - x;
    out.lengths.push_back(d * d);  // distance, always >= 0
    out.path.push_back(nx);
    x = nx;
  }
  return out;
}

}  // namespace exercises
