#include "sandbox/layers.hpp"

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <string>

#include "sandbox/process.hpp"

namespace gdlab::sandbox {
namespace fs = std::filesystem;
namespace {

Isolation probe() {
  if (const char* forced = std::getenv("GDLAB_SANDBOX"); forced && std::string(forced) == "process")
    return Isolation::process_only;
  const Isolation candidate = geteuid() == 0 ? Isolation::namespaces_as_root : Isolation::user_namespaces;
  // A loaded machine can be slow to start even /bin/true: a generous clock and three tries, so
  // that a busy moment never downgrades the isolation; a real refusal is said, once.
  std::string why;
  for (int attempt = 0; attempt < 3; ++attempt) {
    std::string folder = (fs::temp_directory_path() / "gdlab-probe-XXXXXX").string();
    if (!mkdtemp(folder.data())) break;
    Request request;
    request.program = "/bin/true";
    request.workdir = folder;
    request.limits.wall_seconds = request.limits.cpu_seconds = 20;
    const Outcome outcome = run(request, candidate);
    std::error_code ec;
    fs::remove_all(folder, ec);
    if (outcome.end == End::exited && outcome.exit_code == 0) return candidate;
    why = outcome.launch_error.empty() ? outcome.output : outcome.launch_error;
  }
  std::cerr << "gdlab: namespaces are not available here (" << why
            << "): submissions run with process isolation only (rlimits, seccomp, own session)\n";
  return Isolation::process_only;
}

}  // namespace

Isolation isolation() {
  static const Isolation found = probe();
  return found;
}

std::vector<std::string> layer_names(Isolation isolation) {
  std::vector<std::string> layers{"own session and process group",
                                  "rlimits (CPU, memory, file size, open files, stack, no core)",
                                  "wall-clock timeout that kills every process it made",
                                  "output caps",
                                  "empty environment",
                                  "scratch working folder",
                                  "seccomp (no new processes, no network, no ptrace or mounts)"};
  if (isolation == Isolation::process_only) return layers;
  if (isolation == Isolation::user_namespaces) layers.push_back("user namespace");
  layers.push_back("PID, network, mount, IPC and UTS namespaces");
  layers.push_back("private file system (system libraries, its program and its folder only)");
  if (isolation == Isolation::namespaces_as_root) layers.push_back("spare uid (not root; process cap)");
  return layers;
}

}  // namespace gdlab::sandbox
