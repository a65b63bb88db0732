#include "gd_1d.hpp"

namespace exercises {

std::vector<double> gd_1d(const gdlab::Function1D& f, double x0, double lr, int steps) {
  double x = 0.0;
  std::vector<double> path;
  path.push_back(x);
  for (int step = 0; step < steps; step++) {
    // 1. Compute the gradient
    double g = f.derivative(x);
    // 2. Update x
    x = x - lr * g;
    path.push_back(x);
  }
  return path;
}

}  // namespace exercises
