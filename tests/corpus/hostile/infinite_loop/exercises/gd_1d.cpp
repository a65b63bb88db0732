// A broken submission: infinite loop.
#include "gd_1d.hpp"

#include <cstdio>
#include <cstdlib>
#include <stdexcept>
#include <string>
#include <unistd.h>
#include <vector>

namespace exercises {

std::vector<double> gd_1d(const gdlab::Function1D& f, double x0, double lr, int steps) {
  volatile double x = x0;
  for (;;) x = x - lr * f.derivative(x);  // never stops
  return {x, double(steps)};
}

}  // namespace exercises
