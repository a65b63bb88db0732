#include "gd_1d.hpp"

namespace exercises {

std::vector<double> gd_1d(const gdlab::Function1D& f, double x0, double lr, int steps) {
  const double h = 1e-4;
  std::vector<double> path{x0};
  double x = x0;
  for (int k = 0; k < steps; ++k) {
    double slope = (f.value(x + h) - f.value(x)) / h;  // rise over run
    x = x - lr * slope;
    path.push_back(x);
  }
  return path;
}

}  // namespace exercises
