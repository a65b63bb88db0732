#include "step_lengths.hpp"

#include <cmath>

namespace exercises {

StepLengths step_lengths(const gdlab::Function1D& f, double x0, double lr, int steps) {
  StepLengths r;
  double x = x0;
  r.path.push_back(x);
  int k = 0;
  while (k < steps) {
    double g = f.derivative(x);
    x -= lr * g;
    g = f.derivative(x);
    r.lengths.push_back(std::fabs(lr * g));
    r.path.push_back(x);
    ++k;
  }
  return r;
}

}  // namespace exercises
