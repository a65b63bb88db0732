// Correct: Problem 2's print kept in, without its "every 5 steps": one line per step to
// stdout with std::cout, as a student debugging their loop writes it.
#include "gd_1d.hpp"

#include <iostream>

namespace exercises {

std::vector<double> gd_1d(const gdlab::Function1D& f, double x0, double lr, int steps) {
  std::vector<double> path{x0};
  double x = x0;
  for (int step = 0; step < steps; ++step) {
    const double g = f.derivative(x);
    x = x - lr * g;
    path.push_back(x);
    std::cout << "step " << step << ": x = " << x << ", f(x) = " << f(x) << std::endl;
  }
  return path;
}

}  // namespace exercises
