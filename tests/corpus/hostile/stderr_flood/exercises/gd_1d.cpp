// A hostile submission: floods stderr (unbuffered) instead of stdout.
// Why: the output limit must count both streams. Each write is a long line (a vector dumped
// on one line), so the 16 MB limit is reached in a few thousand writes, well inside the time
// limit on a loaded machine; a write a short line took longer than the limit under load.
#include "gd_1d.hpp"

#include <cstdio>
#include <string>
#include <vector>

namespace exercises {

std::vector<double> gd_1d(const gdlab::Function1D& f, double x0, double lr, int steps) {
  std::string line = "debug: x =";
  while (line.size() < 4096) line += " " + std::to_string(x0);
  for (;;) std::fprintf(stderr, "%s, f(x) = %f, lr = %f, steps = %d\n", line.c_str(), f(x0), lr, steps);
  return {};
}

}  // namespace exercises
