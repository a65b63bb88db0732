// Running one untrusted program, in layers (see layers.hpp for which this machine allows):
//  - its own session and process group, rlimits, an empty environment, a wall-clock timeout
//    that kills everything it started, capped reads that stop when it exits (never waiting
//    for end-of-file, which a detached child could hold off);
//  - a seccomp filter: no new processes (for submissions), no network, no tracing, no mounts;
//  - where allowed, fresh PID, network, mount, IPC and UTS namespaces: it sees only the system
//    libraries, its program, the paths it is given and its working folder, runs as a spare
//    uid, and every process it made dies with the namespace.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "sandbox/cgroup.hpp"
#include "sandbox/layers.hpp"
#include "sandbox/seccomp.hpp"

namespace gdlab::sandbox {

struct Limits {
  double wall_seconds = 2.0;
  double cpu_seconds = 2.0;
  long memory_bytes = 256L << 20;     // memory used (in a cgroup), else address space
  long output_bytes = 64L << 10;      // stdout + stderr kept (debug printing past it is dropped)
  long output_cap_bytes = 16L << 20;  // stdout + stderr printed in all: past it, output_limit
  long result_bytes = 64L << 20;      // the result channel (fd 3)
  long file_bytes = 1L << 20;         // largest file it may write
  long stack_bytes = 16L << 20;
  long tmp_bytes = 16L << 20;  // its private /tmp
  int open_files = 32;
  int processes = 64;  // RLIMIT_NPROC, binding where it runs as a spare uid
};

struct Request {
  std::filesystem::path program;
  std::vector<std::string> args;                 // after argv[0]
  std::vector<std::string> env;                  // "NAME=value"; empty for submissions
  std::string input;                             // written to its stdin
  std::filesystem::path workdir;                 // its working folder, the only place it may write
  std::vector<std::filesystem::path> read_only;  // more it may read (besides the system's)
  Policy policy = Policy::submission;
  Limits limits;
};

enum class End { exited, signaled, timed_out, output_limit, result_limit, launch_failed };

struct RunResult {
  End end = End::launch_failed;
  int exit_code = 0;      // when exited
  int signal = 0;         // when signaled
  std::string output;     // stdout and stderr, the first output_bytes
  long output_total = 0;  // how much it printed in all
  std::string result;     // what arrived on fd 3, at most result_bytes
  double seconds = 0;     // wall clock
  long max_rss_kb = 0;
  std::string launch_error;    // when launch_failed: which step, and why
  int leftover_processes = 0;  // found (and killed) after the end: should always be 0
  MemoryAccounting memory_accounting = MemoryAccounting::address_space;  // what bound its memory
  long peak_memory_bytes = 0;                                            // in a cgroup: the most it used
  bool memory_killed = false;                                            // in a cgroup: the kernel killed it for memory
};

// With the strongest isolation this machine allows (probed once), or the one given.
RunResult run(const Request& request);
RunResult run(const Request& request, Isolation isolation);

}  // namespace gdlab::sandbox
