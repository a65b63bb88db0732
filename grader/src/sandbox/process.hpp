// Running one untrusted program: its own session and process group, rlimits, an empty
// environment, a wall-clock timeout that kills the whole group, and capped reads that stop
// when the program exits (never waiting for end-of-file, which a detached child can hold off).
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace gdlab::sandbox {

struct Limits {
  double wall_seconds = 2.0;
  double cpu_seconds = 2.0;
  long memory_bytes = 256L << 20;   // address space
  long output_bytes = 64L << 10;    // stdout + stderr
  long result_bytes = 64L << 20;    // the result channel (fd 3)
  long file_bytes = 1L << 20;       // largest file it may write
  int open_files = 32;
};

struct Request {
  std::filesystem::path program;
  std::vector<std::string> args;     // after argv[0]
  std::vector<std::string> env;      // "NAME=value"; empty for submissions
  std::string input;                 // written to its stdin
  std::filesystem::path workdir;     // its working folder
  Limits limits;
};

enum class End { exited, signaled, timed_out, output_limit, result_limit, launch_failed };

struct Outcome {
  End end = End::launch_failed;
  int exit_code = 0;        // when exited
  int signal = 0;           // when signaled
  std::string output;       // stdout and stderr, at most output_bytes
  std::string result;       // what arrived on fd 3, at most result_bytes
  double seconds = 0;       // wall clock
  long max_rss_kb = 0;
};

Outcome run(const Request& request);

}  // namespace gdlab::sandbox
