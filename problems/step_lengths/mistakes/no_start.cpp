// mistake: the path leaves out the start x0
// hint: the path is every iterate {x_0, ..., x_steps}: push x0 before the first step
#include "step_lengths.hpp"

#include <cmath>

namespace exercises {

StepLengths step_lengths(const gdlab::Function1D& f, double x0, double lr, int steps) {
  StepLengths out;
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
