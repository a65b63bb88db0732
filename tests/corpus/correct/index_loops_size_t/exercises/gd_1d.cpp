// Correct: a student who avoids the library and writes plain index loops, with std::size_t
// counters and the path sized up front (resize, then fill by index).
#include "gd_1d.hpp"

#include <cstddef>

namespace exercises {

std::vector<double> gd_1d(const gdlab::Function1D& f, double x0, double lr, int steps) {
  const std::size_t n = steps > 0 ? static_cast<std::size_t>(steps) : 0;
  std::vector<double> path(n + 1);
  path[0] = x0;
  for (std::size_t k = 0; k < n; ++k) {
    const double g = f.derivative(path[k]);
    path[k + 1] = path[k] - lr * g;
  }
  return path;
}

}  // namespace exercises
