#include "grading/mistakes.hpp"

#include <cmath>

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
bool same_row(const Row& a, const Row& b, double rtol) {
  const bool diverged = a.label == "diverges" && b.label == "diverges";
  const auto same = [&](double x, double y) {
    const auto blown = [](double v) { return !std::isfinite(v) || std::abs(v) > 1e6; };
    return close(x, y, rtol) || (diverged && blown(x) && blown(y));
  };
  if (a.label != b.label || a.numbers.size() != b.numbers.size()) return false;
  for (std::size_t k = 0; k < a.numbers.size(); ++k)
    if (!same(a.numbers[k].second, b.numbers[k].second)) return false;
  return true;
}

}  // namespace

bool same_result(const Outcome& a, const Outcome& b, double rtol) {
  const auto number = [rtol](double x, double y) { return close(x, y, rtol); };
  const auto vector = [rtol](const Vector& x, const Vector& y) { return close(x, y, rtol); };
  const auto row = [rtol](const Row& x, const Row& y) { return same_row(x, y, rtol); };
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
