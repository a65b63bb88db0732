// A hostile submission: std::exit(42) with a correct path already computed.
#include "gd_1d.hpp"

#include <cstdio>
#include <cstdlib>
#include <vector>

namespace exercises {

std::vector<double> gd_1d(const gdlab::Function1D& f, double x0, double lr, int steps) {
  double x = x0;
  for (int k = 0; k < steps; ++k) x -= lr * f.derivative(x);
  std::printf("converged to %f\n", x);
  std::exit(42);
}

}  // namespace exercises
