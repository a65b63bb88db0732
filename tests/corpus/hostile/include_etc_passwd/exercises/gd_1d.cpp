// A hostile submission: includes /etc/passwd by its absolute path, to see it in the diagnostics.
#include "gd_1d.hpp"
#include "/etc/passwd"

#include <vector>

namespace exercises {

std::vector<double> gd_1d(const gdlab::Function1D& f, double x0, double lr, int steps) {
  std::vector<double> path{x0};
  for (int k = 0; k < steps; ++k) path.push_back(path.back() - lr * f.derivative(path.back()));
  return path;
}

}  // namespace exercises
