#include "grading/first_difference.hpp"

#include <fmt/format.h>

#include <cmath>

#include "grading/difference_words.hpp"
#include "grading/path_difference.hpp"

namespace gdlab::grading {

namespace {

using difference::compared;
using difference::same;
using difference::show;

// A vector result (a gradient) against the expected one: a multiple of it, how far off, or its
// first entry that differs.
std::string vector_words(const Vector& got, const Vector& want, const std::string& noun) {
  if (got.size() != want.size()) return fmt::format("{} has {} entries, expected {}", noun, got.size(), want.size());
  if (same(got, want)) return "";
  if (!got.allFinite() || !want.allFinite()) return fmt::format("{} is {}, expected {}", noun, show(got), show(want));
  if (want.size() == 1) return noun + " " + compared(got(0), want(0), "the expected value");
  const double off = (got - want).norm(), size = want.norm();
  if (size > 0 && off < 1e-3 * size)
    return fmt::format("{} is off by {} (a relative {})", noun, difference::small(off), difference::small(off / size));
  if (size > 0) {
    const double r = got.dot(want) / want.squaredNorm();
    if ((got - r * want).norm() <= 1e-6 * got.norm()) return noun + " " + compared(r, 1.0, "the expected one");
  }
  Index first = -1, differ = 0;
  for (Index i = 0; i < want.size(); ++i)
    if (!same(got(i), want(i))) {
      if (first < 0) first = i;
      ++differ;
    }
  return fmt::format("entry {} of {} is the first that differs: it {}; {} of its {} entries differ", first, noun,
                     compared(got(first), want(first), "the expected value"), differ, want.size());
}

// A list of numbers (a cost history, a declared entry's numbers): its first entry that differs.
std::string list_words(const std::string& name, const std::vector<double>& got, const std::vector<double>& want) {
  const std::size_t n = std::min(got.size(), want.size());
  std::size_t k = 0;
  while (k < n && same(got[k], want[k])) ++k;
  if (got.size() != want.size())
    return fmt::format(
        "{} has {} entries, expected {}{}", name, got.size(), want.size(),
        k == n ? fmt::format("; the first {} match", n) : fmt::format("; {}[{}] is the first that differs", name, k));
  if (k == n) return "";
  return fmt::format("{}[{}] is the first entry that differs: it {}", name, k,
                     compared(got[k], want[k], "the expected value"));
}

// A sweep's rows: the first that differs, and in what. Rates that both blew up agree on their
// numbers, as the rows check has it.
std::string rows_words(const std::vector<Row>& got, const std::vector<Row>& want) {
  if (got.size() != want.size()) return fmt::format("your sweep has {} rows, expected {}", got.size(), want.size());
  for (std::size_t i = 0; i < want.size(); ++i) {
    const Row &g = got[i], &w = want[i];
    if (w.numbers.empty() || g.numbers.size() != w.numbers.size()) continue;  // the rows check says so
    const auto row =
        fmt::format("the row for {} = {:g} is the first that differs: its", w.numbers[0].first, w.numbers[0].second);
    if (g.label != w.label) return fmt::format("{} label is '{}', expected '{}'", row, g.label, w.label);
    const auto blown = [](double v) { return !std::isfinite(v) || std::abs(v) > 1e6; };
    for (std::size_t k = 0; k < w.numbers.size(); ++k) {
      const double a = g.numbers[k].second, b = w.numbers[k].second;
      if (same(a, b) || (w.label == "diverges" && blown(a) && blown(b))) continue;
      return fmt::format("{} {} {}", row, w.numbers[k].first, compared(a, b, "the expected value"));
    }
  }
  return "";
}

std::string stop_words(const Outcome& got, const Outcome& want) {
  if (!got.steps || !want.steps || (*got.steps == *want.steps && got.converged == want.converged)) return "";
  const auto how = [](const Outcome& o) { return o.converged.value_or(false) ? "converged" : "budget used up"; };
  return fmt::format("you report {} steps ({}), expected {} ({})", *got.steps, how(got), *want.steps, how(want));
}

}  // namespace

std::string first_difference(const Outcome& student, const Expected& expected) {
  const Outcome& want = expected.outcome;
  if (!want.path.empty())
    if (auto words = path_difference(student.path, want.path, expected); !words.empty()) return words;
  if (auto words = stop_words(student, want); !words.empty()) return words;
  if (want.value && student.value && !same(*student.value, *want.value))
    return "your result " + compared(*student.value, *want.value, "the expected value");
  if (want.gradient && student.gradient)
    if (auto words = vector_words(*student.gradient, *want.gradient, "your gradient"); !words.empty()) return words;
  if (!want.cost_history.empty())
    if (auto words = list_words("cost_history", student.cost_history, want.cost_history); !words.empty()) return words;
  if (!want.rows.empty())
    if (auto words = rows_words(student.rows, want.rows); !words.empty()) return words;
  for (const auto& [name, list] : want.fields)
    if (const auto it = student.fields.find(name); it != student.fields.end())
      if (auto words = list_words(name, it->second, list); !words.empty()) return words;
  return "";
}

}  // namespace gdlab::grading
