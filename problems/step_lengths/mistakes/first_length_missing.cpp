// mistake: the first step's length left out: steps - 1 lengths, from the second step on
// hint: every step has a length, the first one too: lengths k = 0 .. steps - 1 are |x_{k+1} - x_k|
#include "step_lengths.hpp"

#include <cmath>

namespace exercises {

StepLengths step_lengths(const gdlab::Function1D& f, double x0, double lr, int steps) {
  StepLengths out;
  out.path.push_back(x0);
  double x = x0;
  for (int step = 0; step < steps; ++step) {
    const double next = x - lr * f.derivative(x);
    if (step > 0) out.lengths.push_back(std::abs(next - x));
    out.path.push_back(next);
    x = next;
  }
  return out;
}

}  // namespace exercises
