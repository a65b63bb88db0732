#include "feedback/regime.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace gdlab::feedback {
namespace {

constexpr double kBound = 1e100;  // as optim::Options::divergence_bound
constexpr double kCrawl = 0.90;   // closed less than this: crawls
constexpr double kFast = 0.99;    // closed more than this: converges fast
constexpr double kZigzag = 0.5;   // share of sign-flipping step pairs: oscillates

bool all_finite(std::span<const double> losses, const Path& path) {
  for (double l : losses)
    if (!std::isfinite(l) || std::abs(l) > kBound) return false;
  return std::all_of(path.begin(), path.end(), [](const Vector& v) { return v.allFinite(); });
}

double reference_level(std::span<const double> losses, std::optional<double> optimum) {
  if (optimum) return *optimum;
  const double lowest = *std::min_element(losses.begin(), losses.end());
  return lowest >= 0 ? 0.0 : lowest;
}

// Along some coordinate, does the step flip sign on most successive pairs of steps?
bool zigzags(const Path& path) {
  if (path.size() < 4) return false;  // fewer than two pairs of steps say nothing
  for (Index i = 0; i < path.front().size(); ++i) {
    int pairs = 0, flips = 0;
    for (std::size_t k = 2; k < path.size(); ++k) {
      if (path[k].size() != path.front().size() || path[k - 2].size() != path.front().size()) return false;
      const double a = path[k - 1](i) - path[k - 2](i), b = path[k](i) - path[k - 1](i);
      ++pairs;
      flips += (a > 0 && b < 0) || (a < 0 && b > 0);
    }
    if (flips > kZigzag * pairs) return true;
  }
  return false;
}

bool accelerates_away(const Path& path) {
  if (path.size() < 3) return false;
  const double first = (path[1] - path[0]).norm();
  const double last = (path.back() - path[path.size() - 2]).norm();
  return last > first;
}

}  // namespace

std::string to_string(Regime r) {
  switch (r) {
    case Regime::crawls: return "crawls";
    case Regime::converges: return "converges";
    case Regime::converges_fast: return "converges fast";
    case Regime::oscillates: return "oscillates";
    case Regime::diverges: return "diverges";
  }
  return "?";
}

double gap_closed(std::span<const double> losses, std::optional<double> optimum) {
  if (losses.empty() || !all_finite(losses, {})) return std::numeric_limits<double>::quiet_NaN();
  const double level = reference_level(losses, optimum);
  const double start = losses.front() - level, end = losses.back() - level;
  if (start <= 0) return end <= 0 ? 1.0 : -std::numeric_limits<double>::infinity();
  return 1.0 - end / start;
}

Regime classify_regime(std::span<const double> losses, const Path& path, std::optional<double> optimum) {
  if (losses.empty()) return Regime::crawls;  // nothing happened
  if (!all_finite(losses, path)) return Regime::diverges;
  const double closed = gap_closed(losses, optimum);
  if (closed < 0) return Regime::diverges;
  const bool unbounded_below = !optimum && *std::min_element(losses.begin(), losses.end()) < 0;
  if (unbounded_below && accelerates_away(path)) return Regime::diverges;
  if (zigzags(path)) return Regime::oscillates;
  if (closed < kCrawl) return Regime::crawls;
  if (closed > kFast) return Regime::converges_fast;
  return Regime::converges;
}

}  // namespace gdlab::feedback
