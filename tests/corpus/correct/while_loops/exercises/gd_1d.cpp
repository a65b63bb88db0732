// Correct: a student who thinks "repeat until done" and writes while loops with a counter
// they increment by hand.
#include "gd_1d.hpp"

namespace exercises {

std::vector<double> gd_1d(const gdlab::Function1D& f, double x0, double lr, int steps) {
  std::vector<double> path;
  double x = x0;
  path.push_back(x);
  int step = 0;
  while (step < steps) {
    double g = f.derivative(x);
    x -= lr * g;
    path.push_back(x);
    step++;
  }
  return path;
}

}  // namespace exercises
