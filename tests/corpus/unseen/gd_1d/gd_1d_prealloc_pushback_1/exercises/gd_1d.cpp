#include "gd_1d.hpp"

namespace exercises {

std::vector<double> gd_1d(const gdlab::Function1D& f, double x0, double lr, int steps) {
  std::vector<double> path(steps + 1);  // steps + 1 entries
  double x = x0;
  path.push_back(x);
  for (int k = 0; k < steps; ++k) {
    x = x - lr * f.derivative(x);
    path.push_back(x);
  }
  return path;
}

}  // namespace exercises
