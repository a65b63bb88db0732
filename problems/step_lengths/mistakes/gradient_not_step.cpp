// mistake: the length of the gradient |f'(x_k)| instead of the length of the step (no learning rate)
// hint: the step is x_{k+1} - x_k = -lr * f'(x_k): its length is lr * |f'(x_k)|, the slope times the rate
#include "step_lengths.hpp"

#include <cmath>

namespace exercises {

StepLengths step_lengths(const gdlab::Function1D& f, double x0, double lr, int steps) {
  StepLengths out;
  out.path.push_back(x0);
  double x = x0;
  for (int step = 0; step < steps; ++step) {
    out.lengths.push_back(std::abs(f.derivative(x)));
    x = x - lr * f.derivative(x);
    out.path.push_back(x);
  }
  return out;
}

}  // namespace exercises
