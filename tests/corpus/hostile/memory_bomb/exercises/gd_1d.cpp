// A broken submission: memory bomb.
#include "gd_1d.hpp"

#include <cstdio>
#include <cstdlib>
#include <stdexcept>
#include <string>
#include <unistd.h>
#include <vector>

namespace exercises {

std::vector<double> gd_1d(const gdlab::Function1D& f, double x0, double lr, int steps) {
  std::vector<std::vector<double>> hoard;
  for (;;) hoard.emplace_back(1 << 20, f(x0));  // allocates and touches
  return {lr, double(steps)};
}

}  // namespace exercises
