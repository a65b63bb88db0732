// mistake: gradient ascent instead of descent: x + alpha f'(x)
// hint: your steps go uphill: x_{k+1} = x_k - alpha f'(x_k), minus the slope
#include "step_lengths.hpp"

#include <cmath>

namespace exercises {

StepLengths step_lengths(const gdlab::Function1D& f, double x0, double lr, int steps) {
  StepLengths out;
  out.path.push_back(x0);
  double x = x0;
  for (int step = 0; step < steps; ++step) {
    const double next = x + lr * f.derivative(x);
    out.lengths.push_back(std::abs(next - x));
    out.path.push_back(next);
    x = next;
  }
  return out;
}

}  // namespace exercises
