#include "gd_1d.hpp"

namespace exercises {

std::vector<double> gd_1d(const gdlab::Function1D& f, double x0, double lr, int steps) {
  std::vector<float> pts;
  pts.push_back(static_cast<float>(x0));
  for (int k = 0; k < steps; ++k) {
    float x = pts.back();
    pts.push_back(static_cast<float>(x - lr * f.derivative(x)));
  }
  return std::vector<double>(pts.begin(), pts.end());
}

}  // namespace exercises
