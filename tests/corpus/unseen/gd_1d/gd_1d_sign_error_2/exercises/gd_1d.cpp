#include "gd_1d.hpp"

namespace exercises {

std::vector<double> gd_1d(const gdlab::Function1D& f, double x0, double lr, int steps) {
  std::vector<double> xs;
  xs.reserve(static_cast<size_t>(steps) + 1);
  xs.push_back(x0);
  for (int k = 0; k < steps; ++k) {
    const double xk = xs.back();
    // move along the slope
    xs.push_back(xk + lr * f.derivative(xk));
  }
  return xs;
}

}  // namespace exercises
