#include "step_lengths.hpp"

#include <cmath>

namespace exercises {

StepLengths step_lengths(const gdlab::Function1D& f, double x0, double lr, int steps) {
  StepLengths r;
  r.path.push_back(x0);
  double x = x0;
  for (int k = 0; k < steps; ++k) {
    x -= lr * f.derivative(x);
    r.path.push_back(x);
  }
  for (size_t k = 1; k + 1 < r.path.size(); ++k) {
    r.lengths.push_back(std::fabs(r.path[k + 1] - r.path[k]));
  }
  return r;
}

}  // namespace exercises
