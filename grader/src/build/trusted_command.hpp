// A trusted program run outside the sandbox: the compiler on gdlab's own code and the
// instructor's headers, the archiver. Submissions never go through here (build/compile.hpp).
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace gdlab::build {

struct CommandResult {
  int exit_code = 0;   // 127: it could not be started; 128: it ended by a signal
  std::string output;  // stdout and stderr together, as kept in the log
};

// Runs args[0] (found on PATH) with its output written to `log`.
CommandResult run_trusted(const std::vector<std::string>& args, const std::filesystem::path& log);

}  // namespace gdlab::build
