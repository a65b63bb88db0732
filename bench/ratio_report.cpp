#include "ratio_report.hpp"

#include <fmt/format.h>
#include <fmt/ostream.h>

#include <algorithm>
#include <cmath>
#include <iterator>
#include <numeric>

namespace gdlab::bench {
namespace {

using Kind = Info::Kind;

std::string human_time(double s) {
  if (!std::isfinite(s)) return "-";
  if (s < 1e-6) return fmt::format("{:.3g} ns", s * 1e9);
  if (s < 1e-3) return fmt::format("{:.3g} us", s * 1e6);
  if (s < 1) return fmt::format("{:.3g} ms", s * 1e3);
  return fmt::format("{:.3g} s", s);
}

std::string human_bytes(double b) {
  if (b < 1 << 20) return fmt::format("{:.0f} KiB", b / 1024);
  return fmt::format("{:.0f} MiB", b / (1 << 20));
}

std::string ratio(double a, double b) { return std::isfinite(a / b) ? fmt::format("{:.2f}", a / b) : "-"; }

std::string percent(double a, double b) { return std::isfinite(a / b) ? fmt::format("{:.0f}%", 100 * a / b) : "-"; }

}  // namespace

RatioReporter::RatioReporter(std::unique_ptr<benchmark::BenchmarkReporter> shown, const Registry& registry)
    : shown_(std::move(shown)), registry_(registry) {}

void RatioReporter::ReportRuns(const std::vector<Run>& runs) {
  shown_->ReportRuns(runs);
  for (const Run& run : runs) {
    if (run.error_occurred) continue;
    const bool median = run.run_type == Run::RT_Aggregate && run.aggregate_name == "median";
    const auto& name = run.run_name.function_name;
    if (median || (run.run_type == Run::RT_Iteration && !seconds_.contains(name)))
      seconds_[name] = run.GetAdjustedCPUTime() / benchmark::GetTimeUnitMultiplier(run.time_unit);
  }
}

double RatioReporter::seconds(const std::string& name) const {
  const auto it = seconds_.find(name);
  return it == seconds_.end() ? NAN : it->second;
}

// The baseline runs first and last; the table uses their mean and shows both, so a drift of
// the machine during the run is visible.
void RatioReporter::print_table(std::ostream& out) const {
  if (seconds_.empty()) return;
  std::vector<double> gb_per_s;
  double array = 0, bandwidth = NAN;
  for (const auto& [name, info] : registry_)
    if (info.kind == Kind::memory && std::isfinite(seconds(name))) {
      gb_per_s.push_back(info.bytes / seconds(name) / 1e9);
      array = info.bytes;
    }
  fmt::print(out, "\n== Ratios (quote these, not absolute times; everything runs on one thread) ==\n");
  if (!gb_per_s.empty()) {
    bandwidth = 1e9 * std::accumulate(gb_per_s.begin(), gb_per_s.end(), 0.0) / static_cast<double>(gb_per_s.size());
    fmt::print(out, "Memory read bandwidth, summing {} of doubles: {:.1f} GB/s (runs: {:.1f})\n", human_bytes(array),
               bandwidth / 1e9, fmt::join(gb_per_s, ", "));
  }
  print_regression(out, bandwidth);
  print_optimisers(out);
}

// GD on linear regression: the bare gradient step against minimize()'s step, and how fast
// each streams X compared with the memory baseline.
void RatioReporter::print_regression(std::ostream& out, double memory_bandwidth) const {
  std::string rows;
  for (const auto& [name, info] : registry_) {
    if (info.kind != Kind::gradient) continue;
    const double x_bytes = 2.0 * static_cast<double>(info.n * info.p) * 8;
    const double grad = seconds(name);
    // minimize's K and 2K runs for the same (n, p): the difference cancels its per-call cost.
    std::vector<std::pair<int, double>> runs;
    for (const auto& [other, o] : registry_)
      if (o.kind == Kind::minimize && o.n == info.n && o.p == info.p && std::isfinite(seconds(other)))
        runs.emplace_back(o.steps, seconds(other));
    std::sort(runs.begin(), runs.end());
    double step = NAN;
    if (runs.size() == 1) step = runs[0].second / runs[0].first;
    if (runs.size() >= 2) step = (runs.back().second - runs.front().second) / (runs.back().first - runs.front().first);
    if (!std::isfinite(grad) && !std::isfinite(step)) continue;  // filtered out
    fmt::format_to(std::back_inserter(rows), "{:>8} {:>4} {:>8} {:>14} {:>14} {:>9} {:>10} {:>10}\n", info.n, info.p,
                   human_bytes(x_bytes / 2), human_time(grad), human_time(step), ratio(step, grad),
                   percent(x_bytes / grad, memory_bandwidth), percent(x_bytes / step, memory_bandwidth));
  }
  if (rows.empty()) return;
  fmt::print(out,
             "\nFull-batch GD on linear regression (X: n x p doubles, 1/N MSE, no intercept).\n"
             "A step reads X twice (X theta, then X^T r). 'X read / mem bw' counts both passes,\n"
             "2 n p 8 bytes per step, in both columns, over the memory read bandwidth above.\n"
             "minimize's step is its marginal cost (T(2K) - T(K)) / K; besides the gradient it\n"
             "evaluates the loss (a third pass over X).\n\n");
  fmt::print(out, "{:>8} {:>4} {:>8} {:>14} {:>14} {:>9} {:>21}\n", "n", "p", "X", "gradient step", "minimize step",
             "min/grad", "X read / mem bw:");
  fmt::print(out, "{:>71} {:>10}\n{}", "gradient", "minimize", rows);
}

// Each optimiser's step on valley() against gd's step, with the same recording.
void RatioReporter::print_optimisers(std::ostream& out) const {
  std::vector<std::string> names;
  std::map<std::pair<std::string, bool>, double> step;
  for (const auto& [name, info] : registry_) {
    if (info.kind != Kind::optimiser || !std::isfinite(seconds(name))) continue;
    if (std::find(names.begin(), names.end(), info.optimiser) == names.end()) names.push_back(info.optimiser);
    step[{info.optimiser, info.record_all}] = seconds(name) / info.steps;
  }
  if (names.empty()) return;
  const auto at = [&](const std::string& o, bool all) {
    const auto it = step.find({o, all});
    return it == step.end() ? NAN : it->second;
  };
  fmt::print(out,
             "\nOptimisers on valley() (0.25 x^2 + 4 y^2) through minimize(), per step. '/gd' is\n"
             "the step time over gd's with the same TraceSeries (none: nothing kept; all: iterates,\n"
             "loss and grad norm); 'all/none' is what recording costs that optimiser.\n\n");
  fmt::print(out, "{:<10} {:>12} {:>12} {:>10} {:>10} {:>10}\n", "optimiser", "step (none)", "step (all)", "/gd none",
             "/gd all", "all/none");
  for (const auto& o : names)
    fmt::print(out, "{:<10} {:>12} {:>12} {:>10} {:>10} {:>10}\n", o, human_time(at(o, false)), human_time(at(o, true)),
               ratio(at(o, false), at("gd", false)), ratio(at(o, true), at("gd", true)),
               ratio(at(o, true), at(o, false)));
}

}  // namespace gdlab::bench
