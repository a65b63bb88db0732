#include "step_lengths.hpp"

#include <cmath>

namespace exercises {

StepLengths step_lengths(const gdlab::Function1D& f, double x0, double lr, int steps) {
  StepLengths res;
  res.path.push_back(x0);
  for (int k = 0; k < steps; ++k) {
    const double xk = res.path.back();
    res.path.push_back(xk - lr * f.derivative(xk));
  }
  for (int k = 0; k < steps; ++k) {
    res.lengths.push_back(std::fabs(res.path[k + 1]) - std::fabs(res.path[k]));
  }
  return res;
}

}  // namespace exercises
