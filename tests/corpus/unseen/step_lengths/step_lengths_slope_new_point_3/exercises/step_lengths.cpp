#include "step_lengths.hpp"

#include <cmath>

namespace exercises {

StepLengths step_lengths(const gdlab::Function1D& f, double x0, double lr, int steps) {
  StepLengths res;
  res.path.push_back(x0);
  for (int k = 0; k < steps; ++k) {
    double x = res.path.back();
    res.path.push_back(x - lr * f.derivative(x));
  }
  for (int k = 0; k < steps; ++k) {
    res.lengths.push_back(lr * std::abs(f.derivative(res.path[k + 1])));
  }
  return res;
}

}  // namespace exercises
