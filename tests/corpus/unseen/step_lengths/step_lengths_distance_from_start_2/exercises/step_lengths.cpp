#include "step_lengths.hpp"

#include <cmath>

namespace exercises {

StepLengths step_lengths(const gdlab::Function1D& f, double x0, double lr, int steps) {
  StepLengths r;
  r.path.push_back(x0);
  for (int k = 0; k < steps; ++k) {
    double xk = r.path.back();
    r.path.push_back(xk - lr * f.derivative(xk));
  }
  for (int k = 0; k < steps; ++k) r.lengths.push_back(std::fabs(r.path[k + 1] - r.path[0]));
  return r;
}

}  // namespace exercises
