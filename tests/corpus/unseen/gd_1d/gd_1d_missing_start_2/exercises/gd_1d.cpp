#include "gd_1d.hpp"

namespace exercises {

std::vector<double> gd_1d(const gdlab::Function1D& f, double x0, double lr, int steps) {
  std::vector<double> xs(steps);
  double x = x0;
  for (int i = 0; i < steps; i++) {
    x -= lr * f.derivative(x);
    xs[i] = x;
  }
  return xs;
}

}  // namespace exercises
