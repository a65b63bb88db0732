// A hostile submission: throws an int, not a std::exception.
#include "gd_1d.hpp"

#include <vector>

namespace exercises {

std::vector<double> gd_1d(const gdlab::Function1D& f, double x0, double lr, int steps) {
  (void)f; (void)x0; (void)lr; (void)steps;
  throw 42;
}

}  // namespace exercises
