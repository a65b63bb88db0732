#include "step_lengths.hpp"

#include <cmath>

namespace exercises {

StepLengths step_lengths(const gdlab::Function1D& f, double x0, double lr, int steps) {
  auto step_size = [&](double x) { return std::fabs(f.derivative(x)); };
  StepLengths ans;
  double x = x0;
  ans.path.push_back(x);
  for (int k = 0; k < steps; ++k) {
    ans.lengths.push_back(step_size(x));
    x -= lr * f.derivative(x);
    ans.path.push_back(x);
  }
  return ans;
}

}  // namespace exercises
