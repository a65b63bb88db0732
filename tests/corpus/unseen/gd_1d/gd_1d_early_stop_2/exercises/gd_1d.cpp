#include <cmath>
#include "gd_1d.hpp"

namespace exercises {

std::vector<double> gd_1d(const gdlab::Function1D& f, double x0, double lr, int steps) {
  std::vector<double> path;
  path.push_back(x0);
  double x = x0;
  for (int k = 0; k < steps; ++k) {
    double next = x - lr * f.derivative(x);
    path.push_back(next);
    if (std::fabs(next - x) < 1e-9) break;
    x = next;
  }
  return path;
}

}  // namespace exercises
