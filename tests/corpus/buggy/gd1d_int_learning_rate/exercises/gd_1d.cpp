// Wrong: the learning rate is kept in an int, so 0.1 becomes 0 (x never moves) and 1.1
// becomes 1; only rates that are whole numbers survive.
#include "gd_1d.hpp"

namespace exercises {

std::vector<double> gd_1d(const gdlab::Function1D& f, double x0, double lr, int steps) {
  int alpha = lr;
  std::vector<double> path{x0};
  double x = x0;
  for (int step = 0; step < steps; ++step) {
    x = x - alpha * f.derivative(x);
    path.push_back(x);
  }
  return path;
}

}  // namespace exercises
