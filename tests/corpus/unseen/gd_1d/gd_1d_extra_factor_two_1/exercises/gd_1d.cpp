#include "gd_1d.hpp"

namespace exercises {

std::vector<double> gd_1d(const gdlab::Function1D& f, double x0, double lr, int steps) {
  std::vector<double> path{x0};
  double x = x0;
  for (int k = 0; k < steps; ++k) {
    // power rule: derivative of the square brings down a 2
    double g = 2 * f.derivative(x);
    x = x - lr * g;
    path.push_back(x);
  }
  return path;
}

}  // namespace exercises
