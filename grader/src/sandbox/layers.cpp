#include "sandbox/layers.hpp"

#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <string>

#include "sandbox/cgroup.hpp"
#include "sandbox/landlock.hpp"
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
    const RunResult outcome = run(request, candidate);
    std::error_code ec;
    fs::remove_all(folder, ec);
    if (outcome.end == End::exited && outcome.exit_code == 0) return candidate;
    why = outcome.launch_error.empty() ? outcome.output : outcome.launch_error;
  }
  std::cerr << "gdlab: namespaces are not available here (" << why << "): submissions run with process isolation ("
            << (geteuid() == 0 ? "a spare uid, " : "")
            << (landlock_abi() > 0 ? "Landlock, " : "no Landlock on this kernel, ")
            << "rlimits, seccomp, own session)\n";
  return Isolation::process_only;
}

}  // namespace

Isolation isolation() {
  static const Isolation found = probe();
  return found;
}

std::vector<std::string> layer_names(Isolation isolation) {
  std::vector<std::string> layers{"own session and process group",
                                  "rlimits (CPU, file size, open files, stack, no core)",
                                  "wall-clock timeout that kills every process it made",
                                  "output caps",
                                  "empty environment",
                                  "scratch working folder",
                                  "seccomp (no new processes, no network, no ptrace or mounts)",
                                  describe(memory_accounting())};
  if (isolation == Isolation::process_only) {
    if (runs_as_spare_uid(isolation)) layers.push_back("spare uid (not root; process cap)");
    if (const int abi = landlock_abi(); abi > 0)
      layers.push_back("Landlock ABI " + std::to_string(abi) + " (reads: system, its program; writes: its folder)");
    return layers;
  }
  if (isolation == Isolation::user_namespaces) layers.push_back("user namespace");
  layers.push_back("PID, network, mount, IPC and UTS namespaces");
  layers.push_back("private file system (system libraries, its program and its folder only)");
  if (isolation == Isolation::namespaces_as_root) layers.push_back("spare uid (not root; process cap)");
  return layers;
}

bool runs_as_spare_uid(Isolation isolation) { return geteuid() == 0 && isolation != Isolation::user_namespaces; }

bool confines_files(Isolation isolation) { return isolation != Isolation::process_only || landlock_abi() > 0; }

std::string unconfined_reason(Isolation isolation) {
  if (confines_files(isolation)) return "";
  return "this machine allows neither namespaces nor Landlock, so a submission could read the "
         "solutions, the spec's hidden tests and other students' results";
}

std::string unconfined_advice() {
  return "Run gdlab where namespaces are allowed or the kernel has Landlock (Linux 5.13+), or pass "
         "--unsafe-no-sandbox if you trust every submission";
}

namespace {

// Whether every folder on the way lets others through, and the file or folder others read.
bool others_can_reach(const fs::path& path) {
  struct stat s {};
  fs::path so_far = path.root_path();
  for (const auto& part : path.relative_path()) {
    if (::stat(so_far.c_str(), &s) != 0 || !(s.st_mode & S_IXOTH)) return false;
    so_far /= part;
  }
  return ::stat(path.c_str(), &s) == 0 && (s.st_mode & S_IROTH);
}

// Whether others may use the file as its owner may (read it, and run it if the owner can), or
// the folder and everything in it. A folder's own mode decides even where it is bound into a
// private tree; the folders on the way do not.
bool others_can_read_tree(const fs::path& path) {
  struct stat s {};
  if (::stat(path.c_str(), &s) != 0 || !(s.st_mode & S_IROTH)) return false;
  if ((s.st_mode & S_IXUSR) && !(s.st_mode & S_IXOTH)) return false;
  if (!S_ISDIR(s.st_mode)) return true;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(path, ec))
    if (!e.is_symlink(ec) && !others_can_read_tree(e.path())) return false;
  return !ec;
}

}  // namespace

bool reaches(const fs::path& path, Isolation isolation) {
  // Its own uid reaches the grader's files; a private file system binds each path it needs
  // into its own tree, whatever folders lie on the way.
  return isolation != Isolation::process_only || !runs_as_spare_uid(isolation) || others_can_reach(path);
}

bool can_read(const fs::path& path, Isolation isolation) {
  return !runs_as_spare_uid(isolation) || (reaches(path, isolation) && others_can_read_tree(path));
}

fs::path reachable(const fs::path& path, const fs::path& into, Isolation isolation) {
  if (can_read(path, isolation)) return path;
  const fs::path copy = into / ".inputs" / path.relative_path();
  fs::create_directories(copy.parent_path());
  fs::copy(path, copy, fs::copy_options::recursive | fs::copy_options::overwrite_existing);
  // A copy keeps its mode: open it to others as to its owner (it holds nothing the original
  // did not show), a program and a folder with their x.
  auto open_up = [](const fs::path& p) {
    const bool x = (fs::status(p).permissions() & fs::perms::owner_exec) != fs::perms::none;
    fs::permissions(p, fs::perms::others_read | (x ? fs::perms::others_exec : fs::perms::none), fs::perm_options::add);
  };
  open_up(copy);
  if (fs::is_directory(copy))
    for (const auto& e : fs::recursive_directory_iterator(copy)) open_up(e.path());
  return copy;
}

}  // namespace gdlab::sandbox
