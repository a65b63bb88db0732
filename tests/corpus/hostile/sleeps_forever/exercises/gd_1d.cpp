// A broken submission: sleeps forever.
#include "gd_1d.hpp"

#include <cstdio>
#include <cstdlib>
#include <stdexcept>
#include <string>
#include <unistd.h>
#include <vector>

namespace exercises {

std::vector<double> gd_1d(const gdlab::Function1D& f, double x0, double lr, int steps) {
  for (;;) pause();  // waits, using no CPU: only the wall clock catches it
  return {x0, lr, double(steps), f(x0)};
}

}  // namespace exercises
