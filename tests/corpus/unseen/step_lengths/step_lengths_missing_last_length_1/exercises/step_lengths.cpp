#include "step_lengths.hpp"

#include <cmath>

namespace exercises {

StepLengths step_lengths(const gdlab::Function1D& f, double x0, double lr, int steps) {
  StepLengths res;
  res.path.push_back(x0);
  double x = x0;
  for (int k = 0; k < steps; ++k) {
    x = x - lr * f.derivative(x);
    res.path.push_back(x);
  }
  // one fewer length than points
  for (int k = 0; k < steps - 1; ++k) {
    res.lengths.push_back(std::abs(res.path[k + 1] - res.path[k]));
  }
  return res;
}

}  // namespace exercises
