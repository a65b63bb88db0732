#include "step_lengths.hpp"

#include <cmath>

namespace exercises {

StepLengths step_lengths(const gdlab::Function1D& f, double x0, double lr, int steps) {
  StepLengths res;
  double x = x0;
  res.path.push_back(x);
  for (int k = 0; k < steps; ++k) {
    x -= lr * f.derivative(x);
    res.path.push_back(x);
    res.lengths.push_back(std::fabs(x - res.path.back()));
  }
  return res;
}

}  // namespace exercises
