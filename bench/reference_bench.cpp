// Benchmarks of the reference optimisers (gdlab::optim), all on one thread:
//  1. full-batch GD on linear regression, n in {1e3, 1e5, 1e6}, p in {10, 100}: a bare step
//     (one gradient + one update) and a step of minimize() (which also evaluates the loss);
//  2. the machine's memory read bandwidth, measured in the same run, to compare GD with;
//  3. the per-step cost of each optimiser on valley(), with TraceSeries::none() and TraceSeries::all().
// At the end it prints a ratio table: to stdout, or to stderr with --benchmark_format=json so
// the JSON stays parseable (csv is not offered: deprecated). tools/bench/ratios.sh runs it.
//
// Defaults: 3 repetitions of >= 0.1 s each, medians, CPU time (the machine is shared); flags
// override them. Counters: items_per_second is optimiser steps per second; step is the time of
// one step; bytes_per_second (GD only) counts both passes over X per step, 2 n p 8 bytes.

#include <benchmark/benchmark.h>
#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <iostream>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "gdlab/core.hpp"
#include "gdlab/optim/adaptive.hpp"
#include "gdlab/optim/gradient_descent.hpp"
#include "gdlab/optim/minimize.hpp"
#include "gdlab/optim/momentum.hpp"
#include "gdlab/optim/nesterov.hpp"
#include "ratio_report.hpp"

namespace {

using gdlab::Index;
using gdlab::Vector;
using gdlab::bench::Info;
namespace optim = gdlab::optim;

constexpr double kMinTime = 0.1;                 // seconds per repetition of a benchmark
constexpr std::size_t kArrayBytes = 1ull << 30;  // the memory baseline: 1 GiB of doubles
constexpr double kRegressionRate = 0.1;          // the Hessian is about 2 I: stable
constexpr double kValleyRate = 0.01;             // small, so no iterate reaches subnormals
constexpr int kValleySteps = 1000;

gdlab::bench::Registry registry;

// ---- One large data set in memory at a time ---------------------------------------------
// The 1 GiB baseline array and the 800 MB X of n = 1e6, p = 100 never coexist. Benchmarks
// run in registration order, so each data set is made once.

std::string held_key;
std::shared_ptr<const void> held;

template <class T, class Make>
const T& cached(const std::string& key, Make make) {
  if (key != held_key) {
    held.reset();  // free the old data set before making the new one
    held_key.clear();
    held = std::make_shared<const T>(make());
    held_key = key;
  }
  return *static_cast<const T*>(held.get());
}

struct Regression {
  std::shared_ptr<const gdlab::LinearRegression> problem;
  gdlab::Objective f;
};

// X = randn(n, p), y = X 1 + 0.1 randn(n). Not problem.objective(): that copies X and solves
// the normal equations, seconds of work at n = 1e6.
Regression make_regression(Index n, Index p) {
  gdlab::RandomState rng(42);
  gdlab::Matrix X = rng.randn(n, p);
  Vector y = X * Vector::Ones(p) + 0.1 * rng.randn(n);
  auto problem =
      std::make_shared<const gdlab::LinearRegression>(std::move(X), std::move(y), false, gdlab::MseScale::mean);
  gdlab::Objective f;
  f.name = fmt::format("linear regression, {} x {}", n, p);
  f.dim = p;
  f.value = [problem](const Vector& t) { return problem->loss(t); };
  f.gradient = [problem](const Vector& t) { return problem->gradient(t); };
  return {problem, std::move(f)};
}

const Regression& regression(Index n, Index p) {
  return cached<Regression>(fmt::format("regression {} {}", n, p), [=] { return make_regression(n, p); });
}

// items_per_second = steps/s; step = seconds per step; bytes_per_second = X read per second.
void report_steps(benchmark::State& state, int steps, double x_bytes_per_step) {
  state.SetItemsProcessed(state.iterations() * steps);
  if (x_bytes_per_step > 0)
    state.SetBytesProcessed(
        static_cast<std::int64_t>(static_cast<double>(state.iterations()) * steps * x_bytes_per_step));
  state.counters["step"] =
      benchmark::Counter(steps, benchmark::Counter::kIsIterationInvariantRate | benchmark::Counter::kInvert);
}

double x_bytes_per_step(Index n, Index p) { return 2.0 * static_cast<double>(n * p) * 8; }

// ---- 1. GD on linear regression ---------------------------------------------------------

// One iteration = one step: the objective's gradient (as minimize calls it) and the update.
void gradient_step(benchmark::State& state, Index n, Index p) {
  const auto& r = regression(n, p);
  Vector theta = Vector::Zero(p);
  for (auto _ : state) {
    const Vector g = r.f.gradient(theta);
    theta -= kRegressionRate * g;
    benchmark::DoNotOptimize(theta.data());
    benchmark::ClobberMemory();
  }
  report_steps(state, 1, x_bytes_per_step(n, p));
}

// One iteration = minimize() with `steps` GD steps. Each call also costs one loss before the
// loop and one gradient after it; the table cancels that by comparing K and 2K steps.
void minimize_steps(benchmark::State& state, Index n, Index p, int steps) {
  const auto& r = regression(n, p);
  optim::GradientDescent gd;
  const auto rate = optim::constant(kRegressionRate);
  const optim::Options options{.max_steps = steps, .record = gdlab::TraceSeries::none()};
  const Vector x0 = Vector::Zero(p);
  for (auto _ : state) {
    const auto result = optim::minimize(r.f, x0, gd, rate, options);
    if (result.steps != steps) {
      state.SkipWithError("minimize stopped early");
      break;
    }
    benchmark::DoNotOptimize(result.loss);
  }
  report_steps(state, steps, x_bytes_per_step(n, p));
}

// ---- 2. Memory read bandwidth -----------------------------------------------------------

// Eight independent sums, so the adds keep up with memory and the loop measures memory.
double sum(std::span<const double> a) {
  double s[8] = {};
  std::size_t i = 0;
  for (; i + 8 <= a.size(); i += 8)
    for (int k = 0; k < 8; ++k) s[k] += a[i + k];
  for (; i < a.size(); ++i) s[0] += a[i];
  return ((s[0] + s[1]) + (s[2] + s[3])) + ((s[4] + s[5]) + (s[6] + s[7]));
}

void read_bandwidth(benchmark::State& state) {
  const auto& a =
      cached<std::vector<double>>("array", [] { return std::vector<double>(kArrayBytes / sizeof(double), 1.0); });
  for (auto _ : state) benchmark::DoNotOptimize(sum(a));
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * kArrayBytes));
}

// ---- 3. The optimisers on valley() ------------------------------------------------------

std::unique_ptr<optim::UpdateRule> make_rule(std::string_view name) {
  if (name == "gd") return std::make_unique<optim::GradientDescent>();
  if (name == "momentum") return std::make_unique<optim::Momentum>();  // heavy ball, beta 0.9
  if (name == "nesterov") return std::make_unique<optim::Nesterov>();
  if (name == "adagrad") return std::make_unique<optim::AdaGrad>();
  if (name == "rmsprop") return std::make_unique<optim::RMSprop>();
  return std::make_unique<optim::Adam>();
}

void optimiser_steps(benchmark::State& state, const std::string& name, gdlab::TraceSeries record) {
  const gdlab::Objective f = gdlab::valley();
  const auto rule = make_rule(name);
  const auto rate = optim::constant(kValleyRate);
  const optim::Options options{.max_steps = kValleySteps, .record = record};
  const Vector x0{{-4.0, 1.0}};
  for (auto _ : state) {
    const auto result = optim::minimize(f, x0, *rule, rate, options);
    benchmark::DoNotOptimize(result.loss);
  }
  report_steps(state, kValleySteps, 0);
}

// ---- Registration and main --------------------------------------------------------------

template <class Fn>
benchmark::internal::Benchmark* add(const std::string& name, const Info& info, Fn fn) {
  registry.emplace_back(name, info);
  return benchmark::RegisterBenchmark(name.c_str(), fn)->MinTime(kMinTime);
}

void add_memory_baseline(const char* when) {
  add(fmt::format("memory/read/{}MiB/{}", kArrayBytes >> 20, when), Info::memory(double(kArrayBytes)), read_bandwidth)
      ->Unit(benchmark::kMillisecond);
}

// In this order: the memory baseline both first and last, so its drift during the run shows.
void register_all() {
  add_memory_baseline("first");

  for (const long n : {1'000L, 100'000L, 1'000'000L}) {
    for (const long p : {10L, 100L}) {
      const auto where = fmt::format("n={}/p={}", n, p);
      add("gd_linreg/gradient_step/" + where, Info::gradient(n, p), [=](benchmark::State& s) {
        gradient_step(s, n, p);
      })->Unit(benchmark::kMicrosecond);
      const int k = static_cast<int>(std::max(2L, 2'000'000L / n));  // calls of similar size
      for (const int steps : {k, 2 * k})
        add(fmt::format("gd_linreg/minimize/{}/K={}", where, steps), Info::minimize(n, p, steps),
            [=](benchmark::State& s) { minimize_steps(s, n, p, steps); })
            ->Unit(benchmark::kMillisecond);
    }
  }

  for (const bool all : {false, true})
    for (const std::string opt : {"gd", "momentum", "nesterov", "adagrad", "rmsprop", "adam"})
      add(fmt::format("valley/{}/record={}/K={}", opt, all ? "all" : "none", kValleySteps),
          Info::optimiser_run(opt, kValleySteps, all),
          [=](benchmark::State& s) {
            optimiser_steps(s, opt, all ? gdlab::TraceSeries::all() : gdlab::TraceSeries::none());
          })
          ->Unit(benchmark::kMicrosecond);
  add_memory_baseline("last");
}

// Read before benchmark::Initialize, which consumes the flag.
std::string format_flag(int argc, char** argv) {
  std::string format = "console";
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg.starts_with("--benchmark_format=")) format = arg.substr(19);
  }
  return format;
}

std::unique_ptr<benchmark::BenchmarkReporter> make_reporter(const std::string& format) {
  if (format == "json") return std::make_unique<benchmark::JSONReporter>();
  return std::make_unique<benchmark::ConsoleReporter>(isatty(STDOUT_FILENO) ? benchmark::ConsoleReporter::OO_Color
                                                                            : benchmark::ConsoleReporter::OO_None);
}

}  // namespace

int main(int argc, char** argv) {
  const std::string format = format_flag(argc, argv);
  if (format != "console" && format != "json") {
    std::cerr << "gdlab_bench_reference: --benchmark_format must be console or json\n";
    return 2;
  }
  // Defaults, placed before the given flags so that those override them: three repetitions
  // (the table takes medians) and, on display, only their aggregates.
  std::vector<char*> args{argv[0], const_cast<char*>("--benchmark_repetitions=3"),
                          const_cast<char*>("--benchmark_display_aggregates_only=true")};
  args.insert(args.end(), argv + 1, argv + argc);
  int count = static_cast<int>(args.size());
  register_all();
  benchmark::Initialize(&count, args.data());
  if (benchmark::ReportUnrecognizedArguments(count, args.data())) return 1;
  gdlab::bench::RatioReporter reporter(make_reporter(format), registry);
  benchmark::RunSpecifiedBenchmarks(&reporter);
  reporter.print_table(format == "json" ? std::cerr : std::cout);
  benchmark::Shutdown();
  return 0;
}
