// A hostile submission: tries to leave the sandbox with unshare, mount and ptrace.
// Why: each must fail; it throws "ESCAPED <what>" for any that succeeded, else "nothing escaped".
#include "gd_1d.hpp"

#include <sched.h>
#include <sys/mount.h>
#include <sys/ptrace.h>
#include <sys/stat.h>
#include <unistd.h>

#include <stdexcept>
#include <string>
#include <vector>

namespace exercises {

std::vector<double> gd_1d(const gdlab::Function1D& f, double x0, double lr, int steps) {
  (void)f; (void)x0; (void)lr; (void)steps;
  std::string escaped;
  if (unshare(CLONE_NEWUSER) == 0) escaped += " unshare(CLONE_NEWUSER)";
  if (unshare(CLONE_NEWNS) == 0) escaped += " unshare(CLONE_NEWNS)";
  // Mounts aimed at a folder of its own, and undone at once: harmless even if they succeed.
  mkdir("escape", 0700);
  if (mount("none", "escape", "tmpfs", 0, "size=64k") == 0) {
    umount2("escape", MNT_DETACH);
    escaped += " mount(tmpfs)";
  }
  if (mount("/", "escape", nullptr, MS_BIND, nullptr) == 0) {
    umount2("escape", MNT_DETACH);
    escaped += " mount(bind /)";
  }
  const pid_t parent = getppid();
  // PTRACE_SEIZE, not ATTACH: no SIGSTOP, and the parent is let go when this program ends.
  if (parent > 0 && ptrace(PTRACE_SEIZE, parent, nullptr, nullptr) == 0) escaped += " ptrace(PTRACE_SEIZE, parent)";
  if (ptrace(PTRACE_TRACEME, 0, nullptr, nullptr) == 0) escaped += " ptrace(PTRACE_TRACEME)";
  if (!escaped.empty()) throw std::runtime_error("ESCAPED" + escaped);
  throw std::runtime_error("nothing escaped");
}

}  // namespace exercises
