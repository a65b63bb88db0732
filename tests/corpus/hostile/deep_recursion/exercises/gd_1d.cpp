// A hostile submission: recurses until the stack overflows.
// Why: the volatile local array and the addition after the call keep the compiler from turning
// the recursion into a loop, and the stop condition is never met before the stack runs out.
#include "gd_1d.hpp"

#include <vector>

namespace exercises {
namespace {

long dig(long depth) {
  volatile char frame[512];
  frame[depth % 512] = static_cast<char>(depth);
  if (depth < 0) return 0;  // never: depth only grows
  return dig(depth + 1) + frame[depth % 512];
}

}  // namespace

std::vector<double> gd_1d(const gdlab::Function1D& f, double x0, double lr, int steps) {
  const long deepest = dig(steps);
  return {x0, x0 - lr * f.derivative(x0) + double(deepest)};
}

}  // namespace exercises
