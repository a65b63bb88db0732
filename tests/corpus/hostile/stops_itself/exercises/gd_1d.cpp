// A hostile submission: stops itself with SIGSTOP, so it neither runs nor ends.
// Why: a stopped process uses no CPU and never exits; only the wall clock (and a SIGKILL,
// which works on stopped processes) ends it. Should SIGSTOP be ignored (as for a namespace's
// init), it waits anyway, so the verdict is the same.
#include "gd_1d.hpp"

#include <signal.h>
#include <unistd.h>

#include <vector>

namespace exercises {

std::vector<double> gd_1d(const gdlab::Function1D& f, double x0, double lr, int steps) {
  raise(SIGSTOP);
  for (;;) pause();
  return {x0, lr, double(steps), f(x0)};
}

}  // namespace exercises
