// Correct: the book's table printed as it goes, x, f'(x) and the step's length on a line of
// std::cout each, before the results are returned.
#include "step_lengths.hpp"

#include <cmath>
#include <iostream>

namespace exercises {

StepLengths step_lengths(const gdlab::Function1D& f, double x0, double lr, int steps) {
  StepLengths out;
  out.path.push_back(x0);
  double x = x0;
  std::cout << "x0 = " << x0 << "\n";
  for (int k = 0; k < steps; ++k) {
    const double d = f.derivative(x);
    const double next = x - lr * d;
    out.lengths.push_back(std::abs(next - x));
    out.path.push_back(next);
    std::cout << k << ": x = " << x << "  f'(x) = " << d << "  length = " << out.lengths.back() << "\n";
    x = next;
  }
  return out;
}

}  // namespace exercises
