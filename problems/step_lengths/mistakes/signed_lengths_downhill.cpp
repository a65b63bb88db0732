// mistake: the step's length kept with the slope's sign: alpha f'(x_k) = x_k - x_{k+1}, negative where the slope is
// hint: a length is never negative: take the absolute value of the whole step, |x_{k+1} - x_k| = alpha |f'(x_k)|
#include "step_lengths.hpp"

#include <cmath>

namespace exercises {

StepLengths step_lengths(const gdlab::Function1D& f, double x0, double lr, int steps) {
  StepLengths out;
  out.path.push_back(x0);
  double x = x0;
  for (int step = 0; step < steps; ++step) {
    const double next = x - lr * f.derivative(x);
    out.lengths.push_back(x - next);
    out.path.push_back(next);
    x = next;
  }
  return out;
}

}  // namespace exercises
