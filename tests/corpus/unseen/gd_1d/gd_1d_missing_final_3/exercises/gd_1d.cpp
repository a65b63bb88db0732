#include <iostream>
#include "gd_1d.hpp"

namespace exercises {

std::vector<double> gd_1d(const gdlab::Function1D& f, double x0, double lr, int steps) {
  std::vector<double> out;
  double xk = x0;
  for (int step = 0; step < steps; step++) {
    out.push_back(xk);
    const double slope = f.derivative(xk);
    // std::cerr << "step " << step << " x=" << xk << " f'=" << slope << "\n";
    xk -= lr * slope;
  }
  if (out.empty()) out.push_back(xk);
  return out;
}

}  // namespace exercises
