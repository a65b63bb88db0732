#include "gd_1d.hpp"

namespace exercises {

std::vector<double> gd_1d(const gdlab::Function1D& f, double x0, double lr, int steps) {
  std::vector<double> xs{x0};
  double x = x0;
  for (int i = 0; i < steps; ++i) {
    const double g = f.derivative(x0);
    x -= lr * g;
    xs.push_back(x);
  }
  return xs;
}

}  // namespace exercises
