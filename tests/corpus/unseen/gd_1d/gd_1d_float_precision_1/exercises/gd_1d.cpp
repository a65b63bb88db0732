#include "gd_1d.hpp"

namespace exercises {

std::vector<double> gd_1d(const gdlab::Function1D& f, double x0, double lr, int steps) {
  std::vector<double> path;
  float x = x0;
  path.push_back(x0);
  for (int k = 0; k < steps; ++k) {
    float g = f.derivative(x);
    x = x - lr * g;
    path.push_back(x);
  }
  return path;
}

}  // namespace exercises
