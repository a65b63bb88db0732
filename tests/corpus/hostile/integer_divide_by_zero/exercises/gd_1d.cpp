// A hostile submission: integer division by zero.
// Why: the divisor is volatile, so the compiler must emit the division and cannot fold it away.
#include "gd_1d.hpp"

#include <vector>

namespace exercises {

std::vector<double> gd_1d(const gdlab::Function1D& f, double x0, double lr, int steps) {
  volatile int zero = 0;
  volatile int per_step = steps / zero;
  return {x0, x0 - lr * f.derivative(x0) * per_step};
}

}  // namespace exercises
