#include "gd_1d.hpp"

namespace exercises {

std::vector<double> gd_1d(const gdlab::Function1D& f, double x0, double lr, int steps) {
  std::vector<double> iterates(steps + 1, x0);
  double x = x0;
  for (int k = 0; k < steps; ++k) {
    double g = f.derivative(x);
    x -= lr * g;
    iterates.push_back(x);
  }
  return iterates;
}

}  // namespace exercises
