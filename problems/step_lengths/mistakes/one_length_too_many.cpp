// mistake: one length too many: lr * |f'(x)| at every point of the path, the last one included
// hint: there is one length per step, steps numbers in all: the last point x_steps starts no step
#include "step_lengths.hpp"

#include <cmath>

namespace exercises {

StepLengths step_lengths(const gdlab::Function1D& f, double x0, double lr, int steps) {
  StepLengths out;
  out.path.push_back(x0);
  double x = x0;
  out.lengths.push_back(lr * std::abs(f.derivative(x)));
  for (int step = 0; step < steps; ++step) {
    x = x - lr * f.derivative(x);
    out.path.push_back(x);
    out.lengths.push_back(lr * std::abs(f.derivative(x)));
  }
  return out;
}

}  // namespace exercises
