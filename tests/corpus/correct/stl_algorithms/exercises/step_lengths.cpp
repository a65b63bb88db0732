// Correct: <algorithm> style: the path first with std::generate_n, then the lengths from it
// with std::adjacent_difference and std::transform to the absolute values.
#include "step_lengths.hpp"

#include <algorithm>
#include <cmath>
#include <iterator>
#include <numeric>

namespace exercises {

StepLengths step_lengths(const gdlab::Function1D& f, double x0, double lr, int steps) {
  StepLengths out;
  out.path.push_back(x0);
  double x = x0;
  std::generate_n(std::back_inserter(out.path), steps, [&] { return x -= lr * f.derivative(x); });
  std::vector<double> diffs(out.path.size());
  std::adjacent_difference(out.path.begin(), out.path.end(), diffs.begin());
  // diffs[0] is the start itself, not a step
  std::transform(std::next(diffs.begin()), diffs.end(), std::back_inserter(out.lengths),
                 [](double d) { return std::abs(d); });
  return out;
}

}  // namespace exercises
