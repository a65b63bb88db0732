// A hostile submission: writes garbage bytes to the result channel (fd 3), then answers correctly.
#include "gd_1d.hpp"

#include <unistd.h>

#include <vector>

namespace exercises {

std::vector<double> gd_1d(const gdlab::Function1D& f, double x0, double lr, int steps) {
  const char junk[] = "\x7f" "ELF\0\xff\xfe PASS 1/1\n{\"score\": 100}\n";
  if (write(3, junk, sizeof junk - 1) < 0) {}
  std::vector<double> path{x0};
  for (int k = 0; k < steps; ++k) path.push_back(path.back() - lr * f.derivative(path.back()));
  return path;
}

}  // namespace exercises
