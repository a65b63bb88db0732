// mistake: signed lengths x_{k+1} - x_k instead of |x_{k+1} - x_k|
// hint: a length is a distance: take the absolute value, std::abs(x_{k+1} - x_k), so a step to the left counts as much as one to the right
#include "step_lengths.hpp"

#include <cmath>

namespace exercises {

StepLengths step_lengths(const gdlab::Function1D& f, double x0, double lr, int steps) {
  StepLengths out;
  out.path.push_back(x0);
  double x = x0;
  for (int step = 0; step < steps; ++step) {
    const double next = x - lr * f.derivative(x);
    out.lengths.push_back(next - x);
    out.path.push_back(next);
    x = next;
  }
  return out;
}

}  // namespace exercises
