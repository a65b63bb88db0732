// mistake: each length from the slope after the step, alpha |f'(x_{k+1})|, not where the step was taken
// hint: step k moves by alpha |f'(x_k)|, the slope at the point it leaves: take the length before moving, or as |x_{k+1} - x_k|
#include "step_lengths.hpp"

#include <cmath>

namespace exercises {

StepLengths step_lengths(const gdlab::Function1D& f, double x0, double lr, int steps) {
  StepLengths out;
  out.path.push_back(x0);
  double x = x0;
  for (int step = 0; step < steps; ++step) {
    const double next = x - lr * f.derivative(x);
    out.lengths.push_back(lr * std::abs(f.derivative(next)));
    out.path.push_back(next);
    x = next;
  }
  return out;
}

}  // namespace exercises
