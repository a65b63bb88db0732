// gradient descent 1D
#include "gd_1d.hpp"

namespace exercises {

std::vector<double> gd_1d(const gdlab::Function1D& f, double x0, double lr, int steps) {
  std::vector<double> history;
  double current = x0;
  int step = 0;
  while (step < steps) {
    const double slope = f.derivative(current);
    const double next = current - lr * slope;
    history.push_back(next);
    current = next;
    ++step;
  }
  return history;
}

}  // namespace exercises
