// Collects the benchmark runs as they are reported and, at the end, prints the ratios we
// quote. Ratios, not absolute times: the machine is shared and noisy, but two figures
// measured in the same run are slowed down together.
#pragma once

#include <benchmark/benchmark.h>

#include <map>
#include <memory>
#include <ostream>
#include <string>
#include <utility>
#include <vector>

namespace gdlab::bench {

// What a registered benchmark measures, so the table never has to parse names.
struct Info {
  enum class Kind { memory, gradient, minimize, optimiser };
  Kind kind = Kind::memory;
  long n = 0, p = 0;        // linear regression: examples and features
  int steps = 1;            // optimiser steps per benchmark iteration
  double bytes = 0;         // memory: bytes read per iteration
  std::string optimiser;    // optimiser benchmarks: "gd", "momentum", ...
  bool record_all = false;  // optimiser benchmarks: TraceSeries::all() (else TraceSeries::none())

  static Info memory(double bytes) {
    Info i;
    i.bytes = bytes;
    return i;
  }
  static Info gradient(long n, long p) {
    Info i;
    i.kind = Kind::gradient, i.n = n, i.p = p;
    return i;
  }
  static Info minimize(long n, long p, int steps) {
    Info i;
    i.kind = Kind::minimize, i.n = n, i.p = p, i.steps = steps;
    return i;
  }
  static Info optimiser_run(std::string name, int steps, bool all) {
    Info i;
    i.kind = Kind::optimiser, i.optimiser = std::move(name), i.steps = steps, i.record_all = all;
    return i;
  }
};

// In registration order; keyed by the name given to benchmark::RegisterBenchmark.
using Registry = std::vector<std::pair<std::string, Info>>;

// Forwards everything to the reporter chosen by --benchmark_format and keeps, per
// benchmark, the CPU time of one iteration (the median when there are repetitions). CPU time, not
// real time: on a shared machine a benchmark is not charged for the slices other processes get.
class RatioReporter final : public benchmark::BenchmarkReporter {
 public:
  RatioReporter(std::unique_ptr<benchmark::BenchmarkReporter> shown, const Registry& registry);

  bool ReportContext(const Context& context) override { return shown_->ReportContext(context); }
  void ReportRuns(const std::vector<Run>& runs) override;
  void Finalize() override { shown_->Finalize(); }

  // Prints nothing when nothing ran (e.g. --benchmark_list_tests).
  void print_table(std::ostream& out) const;

 private:
  double seconds(const std::string& name) const;  // per iteration; NaN if it did not run
  void print_regression(std::ostream& out, double memory_bandwidth) const;
  void print_optimisers(std::ostream& out) const;

  std::unique_ptr<benchmark::BenchmarkReporter> shown_;
  const Registry& registry_;
  std::map<std::string, double> seconds_;
};

}  // namespace gdlab::bench
