#include "gd_1d.hpp"

namespace exercises {

std::vector<double> gd_1d(const gdlab::Function1D& f, double x0, double lr, int steps) {
  std::vector<double> pts{x0};
  while (static_cast<int>(pts.size()) < steps) {
    double x = pts.back();
    pts.push_back(x - lr * f.derivative(x));
  }
  return pts;
}

}  // namespace exercises
