// mistake: gradient ascent instead of descent
// hint: your steps go uphill: look at the sign of the update
#include "gd_1d.hpp"

namespace exercises {

std::vector<double> gd_1d(const gdlab::Function1D& f, double x0, double lr, int steps) {
  std::vector<double> path{x0};
  double x = x0;
  for (int step = 0; step < steps; ++step) {
    const double g = f.derivative(x);
    x = x + lr * g;
    path.push_back(x);
  }
  return path;
}

}  // namespace exercises
