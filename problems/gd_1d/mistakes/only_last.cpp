// mistake: only the last iterate returned
// hint: return the whole path, every iterate from the start, not just where it ends
#include "gd_1d.hpp"

namespace exercises {

std::vector<double> gd_1d(const gdlab::Function1D& f, double x0, double lr, int steps) {
  double x = x0;
  for (int step = 0; step < steps; ++step) {
    const double g = f.derivative(x);
    x = x - lr * g;
  }
  return {x};
}

}  // namespace exercises
