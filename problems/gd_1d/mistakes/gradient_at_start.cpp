// mistake: the derivative taken at the start on every step
// hint: each step goes the same distance: where do you evaluate f' on each step?
#include "gd_1d.hpp"

namespace exercises {

std::vector<double> gd_1d(const gdlab::Function1D& f, double x0, double lr, int steps) {
  std::vector<double> path{x0};
  double x = x0;
  for (int step = 0; step < steps; ++step) {
    const double g = f.derivative(x0);
    x = x - lr * g;
    path.push_back(x);
  }
  return path;
}

}  // namespace exercises
