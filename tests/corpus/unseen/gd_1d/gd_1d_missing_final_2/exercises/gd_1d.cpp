#include "gd_1d.hpp"

namespace exercises {

std::vector<double> gd_1d(const gdlab::Function1D& f, double x0, double lr, int steps) {
  std::vector<double> path(steps + 1);
  double x = x0;
  for (int k = 0; k < steps; ++k) {
    path[k] = x;
    x = x - lr * f.derivative(x);
  }
  return path;
}

}  // namespace exercises
