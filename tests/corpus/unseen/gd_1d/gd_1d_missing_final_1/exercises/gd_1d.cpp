#include "gd_1d.hpp"

namespace exercises {

std::vector<double> gd_1d(const gdlab::Function1D& f, double x0, double lr, int steps) {
  std::vector<double> path;
  double x = x0;
  for (int k = 0; k < steps; ++k) {
    path.push_back(x);  // record where we are
    double g = f.derivative(x);
    x = x - lr * g;
  }
  return path;
}

}  // namespace exercises
