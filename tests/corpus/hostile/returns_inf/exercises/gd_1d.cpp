// A hostile submission: a path of the right length whose points after x0 are +Inf.
#include "gd_1d.hpp"

#include <limits>
#include <vector>

namespace exercises {

std::vector<double> gd_1d(const gdlab::Function1D& f, double x0, double lr, int steps) {
  (void)f; (void)lr;
  std::vector<double> path{x0};
  for (int k = 0; k < steps; ++k) path.push_back(std::numeric_limits<double>::infinity());
  return path;
}

}  // namespace exercises
