// A hostile submission: floods stderr (unbuffered) instead of stdout.
// Why: the output limit must count both streams.
#include "gd_1d.hpp"

#include <cstdio>
#include <vector>

namespace exercises {

std::vector<double> gd_1d(const gdlab::Function1D& f, double x0, double lr, int steps) {
  for (;;) std::fprintf(stderr, "debug: x = %f, f(x) = %f, lr = %f, steps = %d\n", x0, f(x0), lr, steps);
  return {};
}

}  // namespace exercises
