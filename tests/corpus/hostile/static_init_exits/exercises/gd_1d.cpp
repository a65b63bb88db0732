// A hostile submission: a global object whose constructor calls exit(0) before main runs.
#include "gd_1d.hpp"

#include <cstdlib>
#include <vector>

namespace exercises {
namespace {

struct Leaver {
  Leaver() { std::exit(0); }
} leaver;

}  // namespace

std::vector<double> gd_1d(const gdlab::Function1D& f, double x0, double lr, int steps) {
  std::vector<double> path{x0};
  for (int k = 0; k < steps; ++k) path.push_back(path.back() - lr * f.derivative(path.back()));
  return path;
}

}  // namespace exercises
