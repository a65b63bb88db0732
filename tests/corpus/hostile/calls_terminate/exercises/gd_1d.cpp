// A hostile submission: calls std::terminate().
#include "gd_1d.hpp"

#include <exception>
#include <vector>

namespace exercises {

std::vector<double> gd_1d(const gdlab::Function1D& f, double x0, double lr, int steps) {
  (void)f; (void)x0; (void)lr; (void)steps;
  std::terminate();
}

}  // namespace exercises
