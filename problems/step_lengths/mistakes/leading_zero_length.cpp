// mistake: a length 0 for the start point, so the lengths are one too many and shifted
// hint: there is one length per step, steps in all: the start has no step before it, so do not give it a length
#include "step_lengths.hpp"

#include <cmath>

namespace exercises {

StepLengths step_lengths(const gdlab::Function1D& f, double x0, double lr, int steps) {
  StepLengths out;
  out.path.push_back(x0);
  out.lengths.push_back(0.0);
  double x = x0;
  for (int step = 0; step < steps; ++step) {
    const double next = x - lr * f.derivative(x);
    out.lengths.push_back(std::abs(next - x));
    out.path.push_back(next);
    x = next;
  }
  return out;
}

}  // namespace exercises
