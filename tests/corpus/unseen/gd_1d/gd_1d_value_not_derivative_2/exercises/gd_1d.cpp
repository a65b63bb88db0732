#include "gd_1d.hpp"

namespace exercises {

std::vector<double> gd_1d(const gdlab::Function1D& f, double x0, double lr, int steps) {
  std::vector<double> path(1, x0);
  double x = x0;
  for (int i = 0; i < steps; ++i) {
    double slope = f(x);  // slope where we stand
    x = x - lr * slope;
    path.push_back(x);
  }
  return path;
}

}  // namespace exercises
