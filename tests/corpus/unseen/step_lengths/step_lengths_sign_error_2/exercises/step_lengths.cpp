#include "step_lengths.hpp"

#include <cmath>

namespace exercises {

StepLengths step_lengths(const gdlab::Function1D& f, double x0, double lr, int steps) {
  StepLengths s;
  double x = x0;
  s.path = {x};
  for (int k = 0; k < steps; ++k) {
    double g = f.derivative(x);
    x += lr * g;
    s.lengths.push_back(lr * std::fabs(g));
    s.path.push_back(x);
  }
  return s;
}

}  // namespace exercises
