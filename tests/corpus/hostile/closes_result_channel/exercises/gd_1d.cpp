// A hostile submission: closes fd 3, the result channel, then returns a correct path.
// Why: the harness can then not deliver the (correct) result; the grader must say so
// instead of reporting a plain early exit or a pass.
#include "gd_1d.hpp"

#include <unistd.h>

#include <vector>

namespace exercises {

std::vector<double> gd_1d(const gdlab::Function1D& f, double x0, double lr, int steps) {
  close(3);
  std::vector<double> path{x0};
  for (int k = 0; k < steps; ++k) path.push_back(path.back() - lr * f.derivative(path.back()));
  return path;
}

}  // namespace exercises
