// A student's gd_1d, frozen: the file of the commit that deadline_test.cpp grades. Its bytes fix
// that commit's hash, which feedback.txt beside it names.
#include "gd_1d.hpp"

namespace exercises {

std::vector<double> gd_1d(const gdlab::Function1D& f, double x0, double lr, int steps) {
  std::vector<double> path{x0};
  for (int step = 0; step < steps; ++step) path.push_back(path.back() - lr * f.derivative(path.back()));
  return path;
}

}  // namespace exercises
