#include "grading/mistakes.hpp"

#include <cmath>

#include "grading/mistake_families.hpp"

namespace gdlab::grading {

bool close(double a, double b, double rtol) {
  if (!std::isfinite(a) || !std::isfinite(b)) return std::isnan(a) ? std::isnan(b) : a == b;
  return std::abs(a - b) <= 1e-9 + rtol * std::abs(b);
}

bool close(const Vector& a, const Vector& b, double rtol) {
  if (a.size() != b.size()) return false;
  for (Index i = 0; i < a.size(); ++i)
    if (!close(a(i), b(i), rtol)) return false;
  return true;
}

namespace {

template <class T, class Same>
bool all_close(const std::vector<T>& a, const std::vector<T>& b, Same same) {
  if (a.size() != b.size()) return false;
  for (std::size_t k = 0; k < a.size(); ++k)
    if (!same(a[k], b[k])) return false;
  return true;
}

// Two rows of rates that both diverged agree on numbers that both blew up, whichever way.
bool same_row(const SweepRow& a, const SweepRow& b, double rtol) {
  const bool diverged = a.label == "diverges" && b.label == "diverges";
  const auto same = [&](double x, double y) {
    const auto blown = [](double v) { return !std::isfinite(v) || std::abs(v) > 1e6; };
    return close(x, y, rtol) || (diverged && blown(x) && blown(y));
  };
  return a.label == b.label && same(a.lr, b.lr) && same(a.w, b.w) && same(a.b, b.b) && same(a.final_cost, b.final_cost);
}

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
  if (!right.cost_history.empty()) {  // train: one cost for each step taken
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

Mistake stops_early(const std::string& what, std::function<Outcome(const Inputs&)> run,
                    std::function<bool(const Inputs&, const Outcome&)> matches) {
  return {"stops_early", "the loop stops once the gradient is small",
          "take all the " + what + " asked for: this loop has no tolerance (only §10's gd_2d_until stops early)",
          std::move(run), std::move(matches)};
}

bool same_result(const Outcome& a, const Outcome& b, double rtol) {
  const auto number = [rtol](double x, double y) { return close(x, y, rtol); };
  const auto vector = [rtol](const Vector& x, const Vector& y) { return close(x, y, rtol); };
  const auto row = [rtol](const SweepRow& x, const SweepRow& y) { return same_row(x, y, rtol); };
  if (!all_close(a.path, b.path, vector) || !all_close(a.cost_history, b.cost_history, number)) return false;
  if (!all_close(a.rows, b.rows, row)) return false;
  if (a.value.has_value() != b.value.has_value() || (a.value && !number(*a.value, *b.value))) return false;
  if (a.gradient.has_value() != b.gradient.has_value() || (a.gradient && !vector(*a.gradient, *b.gradient)))
    return false;
  if (a.steps && b.steps && *a.steps != *b.steps) return false;
  if (a.converged && b.converged && *a.converged != *b.converged) return false;
  if (a.fields.size() != b.fields.size()) return false;
  for (const auto& [name, list] : a.fields) {
    const auto it = b.fields.find(name);
    if (it == b.fields.end() || !all_close(list, it->second, number)) return false;
  }
  return true;
}

bool shows_mistake(const Outcome& student, const Outcome& wrong, const Outcome& right) {
  if (!same_result(wrong, right)) return same_result(student, wrong);
  return same_result(student, wrong, exact_rtol) && !same_result(student, right, exact_rtol);
}

}  // namespace gdlab::grading
