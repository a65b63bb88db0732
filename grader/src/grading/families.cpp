#include "grading/families.hpp"

#include <algorithm>
#include <cmath>

#include "grading/mistakes.hpp"

namespace gdlab::grading {
namespace {

// Students write thresholds from 1e-3 down to 1e-12; the reference's gradient is far from
// this small wherever a wrong step count could otherwise be mistaken for an early stop.
constexpr double small_gradient = 1e-3;

}  // namespace

bool cut_short_where_gradient_small(const Outcome& student, const Outcome& right,
                                    const std::function<Vector(const Vector&)>& gradient) {
  const std::size_t n = student.path.size();
  if (n == 0 || n >= right.path.size()) return false;
  for (std::size_t k = 0; k < n; ++k)
    if (!close(student.path[k], right.path[k])) return false;
  if (!right.cost_history.empty()) {  // one cost for each step taken
    if (student.cost_history.size() + 1 != n) return false;
    for (std::size_t k = 0; k + 1 < n; ++k)
      if (!close(student.cost_history[k], right.cost_history[k])) return false;
  }
  // Tested before the step (it stops at the small gradient) or after it, as §10 does.
  double smallest = INFINITY;
  for (std::size_t k = n >= 2 ? n - 2 : 0; k < n; ++k)
    if (student.path[k].allFinite()) smallest = std::min(smallest, gradient(student.path[k]).norm());
  return smallest < small_gradient;
}

bool shows_family(spec::Family family, const Outcome& student, const Expected& right) {
  switch (family) {
    case spec::Family::stops_early:
      if (!right.loss) return false;
      return cut_short_where_gradient_small(student, right.outcome,
                                            [&](const Vector& x) { return right.loss->gradient(x); });
  }
  return false;
}

}  // namespace gdlab::grading
