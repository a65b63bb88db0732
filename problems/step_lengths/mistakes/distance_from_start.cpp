// mistake: each length measured from the start, |x_{k+1} - x_0|, not from the previous point
// hint: length k is how far step k moved: |x_{k+1} - x_k|, from the point just before it
#include "step_lengths.hpp"

#include <cmath>

namespace exercises {

StepLengths step_lengths(const gdlab::Function1D& f, double x0, double lr, int steps) {
  StepLengths out;
  out.path.push_back(x0);
  double x = x0;
  for (int step = 0; step < steps; ++step) {
    const double next = x - lr * f.derivative(x);
    out.lengths.push_back(std::abs(next - x0));
    out.path.push_back(next);
    x = next;
  }
  return out;
}

}  // namespace exercises
