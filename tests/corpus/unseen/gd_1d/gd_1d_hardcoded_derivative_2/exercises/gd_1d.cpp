#include "gd_1d.hpp"

namespace exercises {

namespace {
double df(double x) { return 2.0 * (x - 3.0); }
}  // namespace

std::vector<double> gd_1d(const gdlab::Function1D& f, double x0, double lr, int steps) {
  std::vector<double> history;
  history.push_back(x0);
  double x = x0;
  for (int step = 0; step < steps; ++step) {
    double g = df(x);
    x = x - lr * g;
    history.push_back(x);
  }
  return history;
}

}  // namespace exercises
