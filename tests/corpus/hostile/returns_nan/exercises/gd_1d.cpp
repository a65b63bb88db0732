// A broken submission: returns nan.
#include "gd_1d.hpp"

#include <cstdio>
#include <cstdlib>
#include <stdexcept>
#include <string>
#include <unistd.h>
#include <vector>

namespace exercises {

std::vector<double> gd_1d(const gdlab::Function1D& f, double x0, double lr, int steps) {
  std::vector<double> path{x0};
  for (int k = 0; k < steps; ++k) path.push_back(0.0 / 0.0 * f(x0) * lr);
  return path;
}

}  // namespace exercises
