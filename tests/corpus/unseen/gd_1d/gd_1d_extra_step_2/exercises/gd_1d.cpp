#include "gd_1d.hpp"

namespace exercises {

std::vector<double> gd_1d(const gdlab::Function1D& f, double x0, double lr, int steps) {
  std::vector<double> result;
  result.push_back(x0);
  double x = x0;
  int k = 0;
  do {
    x -= lr * f.derivative(x);
    result.push_back(x);
  } while (k++ < steps);
  return result;
}

}  // namespace exercises
