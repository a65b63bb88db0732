// Wrong: the path is a static vector that is never cleared, so a second call returns the
// first call's path with the new one appended (right only on the first call of a process).
#include "gd_1d.hpp"

namespace exercises {

std::vector<double> gd_1d(const gdlab::Function1D& f, double x0, double lr, int steps) {
  static std::vector<double> path;  // kept so it is not reallocated on every call
  double x = x0;
  path.push_back(x);
  for (int step = 0; step < steps; ++step) {
    x = x - lr * f.derivative(x);
    path.push_back(x);
  }
  return path;
}

}  // namespace exercises
