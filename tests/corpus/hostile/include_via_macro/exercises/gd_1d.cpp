// A hostile submission: names the include path by a macro, so a scan for a quoted path misses it.
#include "gd_1d.hpp"
#define SECRET "/etc/passwd"
#include SECRET

#include <vector>

namespace exercises {

std::vector<double> gd_1d(const gdlab::Function1D& f, double x0, double lr, int steps) {
  std::vector<double> path{x0};
  for (int k = 0; k < steps; ++k) path.push_back(path.back() - lr * f.derivative(path.back()));
  return path;
}

}  // namespace exercises
