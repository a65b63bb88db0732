// Wrong: the path holds only the iterates after each step, {x_1, ..., x_steps}: the start x_0
// is never stored (and zero steps returns an empty path).
#include "gd_1d.hpp"

namespace exercises {

std::vector<double> gd_1d(const gdlab::Function1D& f, double x0, double lr, int steps) {
  std::vector<double> path;
  double x = x0;
  for (int step = 0; step < steps; ++step) {
    x = x - lr * f.derivative(x);
    path.push_back(x);
  }
  return path;
}

}  // namespace exercises
