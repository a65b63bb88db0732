#include "step_lengths.hpp"

#include <cmath>

namespace exercises {

// length_k = alpha * f'(x_k)
StepLengths step_lengths(const gdlab::Function1D& f, double x0, double lr, int steps) {
  StepLengths res;
  res.path = {x0};
  double x = x0;
  for (int k = 0; k < steps; ++k) {
    double g = f.derivative(x);
    res.lengths.push_back(lr * g);
    x = x - lr * g;
    res.path.push_back(x);
  }
  return res;
}

}  // namespace exercises
