// A hostile submission: a global object whose constructor spins forever before main runs.
#include "gd_1d.hpp"

#include <vector>

namespace exercises {
namespace {

struct Spinner {
  Spinner() {
    volatile unsigned long n = 0;
    for (;;) n = n + 1;
  }
} spinner;

}  // namespace

std::vector<double> gd_1d(const gdlab::Function1D& f, double x0, double lr, int steps) {
  std::vector<double> path{x0};
  for (int k = 0; k < steps; ++k) path.push_back(path.back() - lr * f.derivative(path.back()));
  return path;
}

}  // namespace exercises
