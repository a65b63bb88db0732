#include "grading/path_difference.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <numbers>
#include <optional>
#include <vector>

#include "grading/difference_words.hpp"

namespace gdlab::grading {
namespace {

using difference::same;
using difference::show;
using difference::small;

std::string count_words(std::size_t got, std::size_t want) {
  const std::size_t d = got > want ? got - want : want - got;
  return fmt::format("your path has {} point{} {} than expected ({}, not {})", d == 1 ? "one" : std::to_string(d),
                     d == 1 ? "" : "s", got > want ? "more" : "fewer", got, want);
}

// The student's path is the expected one moved by `by` points (+1: ahead, -1: behind) from its
// second point on, where the expected path moves at all (a path at rest matches itself shifted).
bool shifted_by(const Path& s, const Path& e, int by) {
  std::size_t matched = 0;
  bool moves = false;
  for (std::size_t j = 1; j < s.size(); ++j) {
    const std::size_t i = j + static_cast<std::size_t>(by);  // j >= 1, so i >= 0
    if (i >= e.size()) continue;
    if (!same(s[j], e[i])) return false;
    ++matched;
    moves = moves || (j < e.size() && !same(e[i], e[j]));
  }
  return matched >= 2 && moves;
}

std::string shift_words(const Path& s, const Path& e) {
  std::string words;
  if (shifted_by(s, e, +1))
    words = same(s[0], e[1])   ? "your path leaves out the start point: your point k is the expected point k+1"
            : same(s[0], e[0]) ? "your path is a step ahead from point 1 on: your point k is the expected point k+1"
                               : "from point 1 on, your point k is the expected point k+1";
  else if (shifted_by(s, e, -1))
    words = same(s[0], e[0]) && same(s[1], e[0])
                ? "your path repeats its start point, then is a step behind: your point k is the expected point k-1"
                : "from point 1 on, your point k is the expected point k-1";
  if (!words.empty() && s.size() != e.size()) words += fmt::format(" ({} points, not {})", s.size(), e.size());
  return words;
}

std::string length_words(double r) {
  const std::string t = ratio_text(r);
  if (t == "1.0") return "the same length as expected";
  if (t == "0.5") return "half as long as expected";
  return t + " times as long as expected";
}

std::string direction_words(const Vector& ds, const Vector& de) {
  const double c = std::clamp(ds.dot(de) / (ds.norm() * de.norm()), -1.0, 1.0);
  const double degrees = std::acos(c) * 180 / std::numbers::pi;
  if (degrees < 0.5) return "in the same direction";
  if (degrees > 179.5) return "in the opposite direction";
  return fmt::format("at {:.0f} degrees to the expected step", degrees);
}

// Each entry of `step` as a multiple of -lr x the gradient g there, over the entries where the
// gradient is not flat; nothing when the step moves where it is.
std::optional<std::vector<double>> factors_of(const Vector& step, const Vector& g, double lr) {
  std::vector<double> factors;
  for (Index i = 0; i < g.size(); ++i) {
    if (std::abs(g(i)) > 1e-9 * g.norm()) factors.push_back(step(i) / (-lr * g(i)));
    else if (std::abs(step(i)) > 1e-9 * step.norm()) return std::nullopt;
  }
  return factors;
}

bool uniform(const std::vector<double>& factors, double rtol) {
  const auto [lo, hi] = std::minmax_element(factors.begin(), factors.end());
  return *hi - *lo <= rtol * std::max(std::abs(*lo), std::abs(*hi));
}

// "2.0", or "(1.0, 2.0)" entry by entry, or "0.5 to 2.0" when there are many.
std::string factors_text(const std::vector<double>& factors) {
  if (uniform(factors, 1e-3)) return ratio_text(factors.front());
  if (factors.size() > 4) {
    const auto [lo, hi] = std::minmax_element(factors.begin(), factors.end());
    return ratio_text(*lo) + " to " + ratio_text(*hi);
  }
  std::string each;
  for (double f : factors) each += (each.empty() ? "" : ", ") + ratio_text(f);
  return "(" + each + ")";
}

// Where the expected step from `at` is along the gradient there (a gradient step, or a multiple of
// one), the student's step in the same terms: " (your step is -lr x 2.0 x the gradient there)",
// and the expected multiple when it is not 1. Empty where the learning rate or the loss is unknown.
std::string gradient_words(const Vector& ds, const Vector& de, const Vector& at, const Expected& e) {
  if (!e.lr || !e.loss || !(*e.lr > 0) || at.size() != e.loss->dim || ds.size() != at.size() || !at.allFinite())
    return "";
  const Vector g = e.loss->gradient(at);
  if (!g.allFinite() || g.norm() == 0) return "";
  const auto expected = factors_of(de, g, *e.lr), got = factors_of(ds, g, *e.lr);
  if (!expected || !got || expected->empty() || !uniform(*expected, 1e-6)) return "";
  const std::string each = uniform(*got, 1e-3) ? "" : ", entry by entry";
  const double want = expected->front();
  if (std::abs(want - 1) <= 1e-6)
    return fmt::format(" (your step is -lr x {} x the gradient there{})", factors_text(*got), each);
  return fmt::format(" (your step is -lr x {} x the gradient there{}; the expected step -lr x {} x)",
                     factors_text(*got), each, ratio_text(want));
}

// Step k, the first whose point differs (the point before it agrees).
std::string step_words(const Path& s, const Path& e, std::size_t k, const Expected& expected) {
  const std::string step = k == 1   ? "your first step"
                           : k == 2 ? "your first step matches; step 2"
                                    : fmt::format("your first {} steps match; step {}", k - 1, k);
  if (s[k].size() != e[k].size())
    return fmt::format("{} gives a point of {} entries, expected {}", step, s[k].size(), e[k].size());
  const Vector ds = s[k] - s[k - 1], de = e[k] - e[k - 1];
  if (!ds.allFinite() || !de.allFinite())
    return fmt::format("{} ends at {}, expected {}", step, show(s[k]), show(e[k]));
  const double ls = ds.norm(), le = de.norm();
  if (le == 0) return fmt::format("{} moves by {} where the expected path stays put", step, small(ls));
  if (ls == 0) return fmt::format("{} does not move, where the expected step has length {}", step, small(le));
  const double off = (ds - de).norm() / le;
  if (off < 1e-3) return fmt::format("{} differs from the expected step by a relative {}", step, small(off));
  return fmt::format("{} is {}, {}{}", step, length_words(ls / le), direction_words(ds, de),
                     gradient_words(ds, de, e[k - 1], expected));
}

// How the gap between the paths goes from point `from` to the last point both have.
std::string gap_words(const Path& s, const Path& e, std::size_t from) {
  const std::size_t n = std::min(s.size(), e.size());
  std::vector<std::pair<std::size_t, double>> gaps;
  std::string then;
  for (std::size_t j = from; j < n && s[j].size() == e[j].size(); ++j) {
    if (!e[j].allFinite()) break;
    if (!s[j].allFinite()) {
      then = fmt::format(", then your point {} is not finite", j);
      break;
    }
    gaps.emplace_back(j, (s[j] - e[j]).norm());
  }
  if (gaps.size() < 2) return "";
  const auto [first_step, first] = gaps.front();
  const auto [last_step, last] = gaps.back();
  const auto by_gap = [](const auto& a, const auto& b) { return a.second < b.second; };
  const double lo = std::min_element(gaps.begin(), gaps.end(), by_gap)->second;
  const double hi = std::max_element(gaps.begin(), gaps.end(), by_gap)->second;
  const std::string gap = "the gap between the paths";
  if (hi <= 1.01 * lo) return fmt::format("{} stays {} up to step {}{}", gap, small(first), last_step, then);
  if (last >= 1.5 * first)
    return fmt::format("{} grows from {} at step {} to {} at step {}{}", gap, small(first), first_step, small(last),
                       last_step, then);
  if (last * 1.5 <= first)
    return fmt::format("{} shrinks from {} at step {} to {} at step {}{}", gap, small(first), first_step, small(last),
                       last_step, then);
  return fmt::format("{} stays between {} and {} up to step {}{}", gap, small(lo), small(hi), last_step, then);
}

std::string joined(std::string a, const std::string& b) { return b.empty() ? a : a + "; " + b; }

}  // namespace

std::string path_difference(const Path& s, const Path& e, const Expected& expected) {
  if (e.empty()) return "";
  if (s.empty()) return "your path is empty";
  const std::size_t n = std::min(s.size(), e.size());
  std::size_t k = 0;
  while (k < n && same(s[k], e[k])) ++k;
  if (k == n) {
    if (s.size() == e.size()) return "";
    return count_words(s.size(), e.size()) +
           (s.size() < e.size() ? "; the points it has match" : fmt::format("; its first {} match", n));
  }
  if (auto words = shift_words(s, e); !words.empty()) return words;
  const std::string count = s.size() == e.size() ? "" : count_words(s.size(), e.size()) + ", and ";
  if (k == 0)
    return joined(fmt::format("{}your path starts at {}, not at the start point {}", count, show(s[0]), show(e[0])),
                  gap_words(s, e, 0));
  return joined(count + step_words(s, e, k, expected), gap_words(s, e, k));
}

}  // namespace gdlab::grading
