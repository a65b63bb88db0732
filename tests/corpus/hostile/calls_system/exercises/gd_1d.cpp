// A hostile submission: runs a shell command with system() and then answers correctly.
#include "gd_1d.hpp"

#include <cstdlib>
#include <vector>

namespace exercises {

std::vector<double> gd_1d(const gdlab::Function1D& f, double x0, double lr, int steps) {
  if (std::system("echo pwned; id; ls /") != 0) {}
  std::vector<double> path{x0};
  for (int k = 0; k < steps; ++k) path.push_back(path.back() - lr * f.derivative(path.back()));
  return path;
}

}  // namespace exercises
