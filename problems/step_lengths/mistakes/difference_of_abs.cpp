// mistake: each length as |x_{k+1}| - |x_k|, a difference of absolute values
// hint: a step's length is the size of the move: |x_{k+1} - x_k|, subtract first and then take the absolute value
#include "step_lengths.hpp"

#include <cmath>

namespace exercises {

StepLengths step_lengths(const gdlab::Function1D& f, double x0, double lr, int steps) {
  StepLengths out;
  out.path.push_back(x0);
  double x = x0;
  for (int step = 0; step < steps; ++step) {
    const double next = x - lr * f.derivative(x);
    out.lengths.push_back(std::abs(next) - std::abs(x));
    out.path.push_back(next);
    x = next;
  }
  return out;
}

}  // namespace exercises
