// mistake: one length too few: the last step's length is missing
// hint: there is one length per step: |x_{k+1} - x_k| for k = 0 up to and including steps - 1
#include "step_lengths.hpp"

#include <cmath>

namespace exercises {

StepLengths step_lengths(const gdlab::Function1D& f, double x0, double lr, int steps) {
  StepLengths out;
  out.path.push_back(x0);
  double x = x0;
  for (int step = 0; step < steps; ++step) {
    x = x - lr * f.derivative(x);
    out.path.push_back(x);
  }
  for (std::size_t k = 0; k + 2 < out.path.size(); ++k)
    out.lengths.push_back(std::abs(out.path[k + 1] - out.path[k]));
  return out;
}

}  // namespace exercises
