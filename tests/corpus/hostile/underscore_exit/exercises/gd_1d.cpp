// A hostile submission: _exit(0), skipping every atexit handler and stream flush.
#include "gd_1d.hpp"

#include <unistd.h>

#include <vector>

namespace exercises {

std::vector<double> gd_1d(const gdlab::Function1D& f, double x0, double lr, int steps) {
  (void)f; (void)x0; (void)lr; (void)steps;
  _exit(0);
}

}  // namespace exercises
