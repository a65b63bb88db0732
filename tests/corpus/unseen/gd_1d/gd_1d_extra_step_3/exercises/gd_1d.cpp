#include "gd_1d.hpp"

namespace exercises {

// path needs steps + 1 entries -> loop steps + 1 times
std::vector<double> gd_1d(const gdlab::Function1D& f, double x0, double lr, int steps) {
  std::vector<double> path;
  path.push_back(x0);
  double x = x0;
  const int n_points = steps + 1;
  for (int it = 0; it < n_points; ++it) {
    double grad = f.derivative(x);
    x = x - lr * grad;
    path.push_back(x);
  }
  return path;
}

}  // namespace exercises
