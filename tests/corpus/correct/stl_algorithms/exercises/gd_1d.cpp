// Correct: <algorithm> style: reserve the path first, then std::generate_n with a stateful
// lambda for the steps after the start.
#include "gd_1d.hpp"

#include <algorithm>
#include <iterator>

namespace exercises {

std::vector<double> gd_1d(const gdlab::Function1D& f, double x0, double lr, int steps) {
  std::vector<double> path;
  path.reserve(static_cast<std::size_t>(std::max(steps, 0)) + 1);
  path.push_back(x0);
  double x = x0;
  std::generate_n(std::back_inserter(path), std::max(steps, 0), [&] { return x -= lr * f.derivative(x); });
  return path;
}

}  // namespace exercises
