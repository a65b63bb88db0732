// Correct: a student who likes lambdas: the update rule is a lambda, the loop applies it,
// and auto everywhere.
#include "gd_1d.hpp"

namespace exercises {

std::vector<double> gd_1d(const gdlab::Function1D& f, double x0, double lr, int steps) {
  auto update = [&](double x) { return x - lr * f.derivative(x); };
  std::vector<double> path{x0};
  for (auto k = 0; k < steps; ++k) path.push_back(update(path.back()));
  return path;
}

}  // namespace exercises
