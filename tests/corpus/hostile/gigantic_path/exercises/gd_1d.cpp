// A hostile submission: returns a path of 50 million doubles (400 MB), made in one go.
#include "gd_1d.hpp"

#include <vector>

namespace exercises {

std::vector<double> gd_1d(const gdlab::Function1D& f, double x0, double lr, int steps) {
  (void)f, (void)lr, (void)steps;
  // One allocation, so the verdict does not depend on how fast a loaded machine fills it.
  std::vector<double> path(50'000'000, x0);
  return path;
}

}  // namespace exercises
