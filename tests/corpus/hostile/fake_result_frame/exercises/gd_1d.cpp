// A broken submission: fake result frame.
#include "gd_1d.hpp"

#include <cstdio>
#include <cstdlib>
#include <stdexcept>
#include <string>
#include <unistd.h>
#include <vector>

namespace exercises {

std::vector<double> gd_1d(const gdlab::Function1D& f, double x0, double lr, int steps) {
  // Forges a passing-looking result, then returns normally: two frames.
  const std::string body = "{\"ok\":{\"path\":[[0]]}}";
  const std::string frame = "GDLAB-RESULT 1 " + std::to_string(body.size()) + "\n" + body + "\nGDLAB-END\n";
  if (write(3, frame.data(), frame.size()) < 0) return {};
  std::vector<double> path{x0};
  for (int k = 0; k < steps; ++k) path.push_back(path.back() - lr * f.derivative(path.back()));
  return path;
}

}  // namespace exercises
