// mistake: every length 0: the step measured after x was already overwritten by the new point
// hint: keep the old x until the length is taken: length = |x_new - x_old|, then move x (subtracting the new point from itself gives 0)
#include "step_lengths.hpp"

#include <cmath>

namespace exercises {

StepLengths step_lengths(const gdlab::Function1D& f, double x0, double lr, int steps) {
  StepLengths out;
  out.path.push_back(x0);
  double x = x0;
  for (int step = 0; step < steps; ++step) {
    const double next = x - lr * f.derivative(x);
    out.lengths.push_back(std::abs(next - next));
    out.path.push_back(next);
    x = next;
  }
  return out;
}

}  // namespace exercises
