#include "step_lengths.hpp"

#include <cmath>

namespace exercises {

StepLengths step_lengths(const gdlab::Function1D& f, double x0, double lr, int steps) {
  StepLengths sl;
  sl.path.push_back(x0);
  for (int i = 0; i < steps; ++i) {
    double xi = sl.path[i];
    sl.path.push_back(xi - lr * f.derivative(xi));
  }
  const int n = static_cast<int>(sl.path.size());
  for (int i = 0; i + 2 < n; ++i) {
    sl.lengths.push_back(std::fabs(sl.path[i + 1] - sl.path[i]));
  }
  return sl;
}

}  // namespace exercises
