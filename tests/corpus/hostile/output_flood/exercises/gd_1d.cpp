// A broken submission: output flood.
#include "gd_1d.hpp"

#include <cstdio>
#include <cstdlib>
#include <stdexcept>
#include <string>
#include <unistd.h>
#include <vector>

namespace exercises {

std::vector<double> gd_1d(const gdlab::Function1D& f, double x0, double lr, int steps) {
  for (;;) std::printf("step %d x = %f lr = %f\n", steps, x0, lr);
  return {f(x0)};
}

}  // namespace exercises
