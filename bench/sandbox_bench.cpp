// What each isolation layer costs a launch: /bin/true run through the sandbox with process
// isolation (rlimits, seccomp, own session) and with namespaces (PID, network, mount, IPC,
// UTS, a private file system, a spare uid), against a bare fork+exec+wait, in one run. Real
// time, since a launch is mostly waiting on the kernel. Prints the ratios at the end.
#include <benchmark/benchmark.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <map>
#include <string>

#include "sandbox/process.hpp"

namespace {
namespace fs = std::filesystem;
using gdlab::sandbox::Isolation;

void bare_fork_exec(benchmark::State& state) {
  for (auto _ : state) {
    const pid_t pid = fork();
    if (pid == 0) {
      execl("/bin/true", "/bin/true", nullptr);
      _exit(127);
    }
    int status = 0;
    waitpid(pid, &status, 0);
  }
}

void sandboxed(benchmark::State& state, Isolation isolation) {
  const fs::path folder = fs::temp_directory_path() / "gdlab-sandbox-bench";
  gdlab::sandbox::Request request;
  request.program = "/bin/true";
  request.workdir = folder;
  for (auto _ : state) {
    fs::create_directories(folder);
    const auto outcome = gdlab::sandbox::run(request, isolation);
    if (outcome.end != gdlab::sandbox::End::exited) state.SkipWithError(outcome.launch_error.c_str());
  }
  fs::remove_all(folder);
}

class Ratios : public benchmark::ConsoleReporter {
 public:
  void ReportRuns(const std::vector<Run>& runs) override {
    ConsoleReporter::ReportRuns(runs);
    for (const auto& r : runs)
      if (!r.error_occurred) ms[r.benchmark_name()] = r.GetAdjustedRealTime();  // in the unit: ms
  }
  std::map<std::string, double> ms;
};

}  // namespace

int main(int argc, char** argv) {
  benchmark::RegisterBenchmark("launch/bare_fork_exec", bare_fork_exec)->Unit(benchmark::kMillisecond)->UseRealTime();
  benchmark::RegisterBenchmark("launch/process_isolation", sandboxed, Isolation::process_only)
      ->Unit(benchmark::kMillisecond)
      ->UseRealTime();
  if (gdlab::sandbox::isolation() != Isolation::process_only)
    benchmark::RegisterBenchmark("launch/namespaces", sandboxed, gdlab::sandbox::isolation())
        ->Unit(benchmark::kMillisecond)
        ->UseRealTime();
  benchmark::Initialize(&argc, argv);
  Ratios reporter;
  benchmark::RunSpecifiedBenchmarks(&reporter);
  auto ms = [&](const char* name) { return reporter.ms.count(name) ? reporter.ms.at(name) : 0.0; };
  const double bare = ms("launch/bare_fork_exec/real_time");
  std::printf("\nlaunch of /bin/true (ms, and against a bare fork+exec+wait in this run):\n");
  for (const char* name :
       {"launch/bare_fork_exec/real_time", "launch/process_isolation/real_time", "launch/namespaces/real_time"})
    if (ms(name) > 0) std::printf("  %-36s %7.2f ms  %5.1fx\n", name, ms(name), ms(name) / bare);
}
