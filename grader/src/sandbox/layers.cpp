#include "sandbox/layers.hpp"

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <string>

#include "sandbox/process.hpp"

namespace gdlab::sandbox {
namespace fs = std::filesystem;
namespace {

Isolation probe() {
  if (const char* forced = std::getenv("GDLAB_SANDBOX"); forced && std::string(forced) == "process")
    return Isolation::process_only;
  const Isolation candidate = geteuid() == 0 ? Isolation::namespaces_as_root : Isolation::user_namespaces;
  std::string folder = (fs::temp_directory_path() / "gdlab-probe-XXXXXX").string();
  if (!mkdtemp(folder.data())) return Isolation::process_only;
  Request request;
  request.program = "/bin/true";
  request.workdir = folder;
  const Outcome outcome = run(request, candidate);
  std::error_code ec;
  fs::remove_all(folder, ec);
  return outcome.end == End::exited && outcome.exit_code == 0 ? candidate : Isolation::process_only;
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
