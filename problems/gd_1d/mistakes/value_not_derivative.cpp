// mistake: the function's value in place of its derivative
// hint: a step follows the slope f'(x), not the height f(x): check what you call on f
#include "gd_1d.hpp"

namespace exercises {

std::vector<double> gd_1d(const gdlab::Function1D& f, double x0, double lr, int steps) {
  std::vector<double> path{x0};
  double x = x0;
  for (int step = 0; step < steps; ++step) {
    const double g = f.value(x);
    x = x - lr * g;
    path.push_back(x);
  }
  return path;
}

}  // namespace exercises
