// mistake: the path leaves out the start
// hint: the path begins with the starting point itself, before any step
#include "gd_1d.hpp"

namespace exercises {

std::vector<double> gd_1d(const gdlab::Function1D& f, double x0, double lr, int steps) {
  std::vector<double> path;
  double x = x0;
  for (int step = 0; step < steps; ++step) {
    const double g = f.derivative(x);
    x = x - lr * g;
    path.push_back(x);
  }
  return path;
}

}  // namespace exercises
