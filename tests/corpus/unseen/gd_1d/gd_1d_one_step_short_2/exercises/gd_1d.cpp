#include "gd_1d.hpp"

namespace exercises {

std::vector<double> gd_1d(const gdlab::Function1D& f, double x0, double lr, int steps) {
  std::vector<double> path;
  path.push_back(x0);  // x_0 counts as one of the entries
  double x = x0;
  for (int i = 0; i < steps - 1; i++) {
    double g = f.derivative(x);
    x -= lr * g;
    path.push_back(x);
  }
  return path;
}

}  // namespace exercises
