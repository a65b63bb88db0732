#include "sandbox/seccomp.hpp"

#include <fcntl.h>
#include <linux/seccomp.h>
#include <sched.h>
#include <seccomp.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <memory>
#include <mutex>
#include <stdexcept>
#include <string>

namespace gdlab::sandbox {
namespace {

// A pid no process has: the exported filter compares with it, and the child swaps in its own.
constexpr std::uint32_t pid_sentinel = 0x7ead5e1f;

void add(scmp_filter_ctx ctx, std::uint32_t action, int syscall, std::initializer_list<scmp_arg_cmp> args = {}) {
  const int rc = seccomp_rule_add_array(ctx, action, syscall, static_cast<unsigned>(args.size()),
                                        args.size() ? args.begin() : nullptr);
  if (rc != 0) throw std::runtime_error(std::string("seccomp rule: ") + std::strerror(-rc));
}

Filter build(Policy policy) {
  std::unique_ptr<void, decltype(&seccomp_release)> ctx(seccomp_init(SCMP_ACT_ALLOW), &seccomp_release);
  if (!ctx) throw std::runtime_error("seccomp_init failed");
  // The harness's SIGSYS handler names the trapped call: a network connection, a new process.
  add(ctx.get(), SCMP_ACT_TRAP, SCMP_SYS(socket), {SCMP_A0(SCMP_CMP_NE, AF_UNIX)});
  if (policy == Policy::submission) {
    add(ctx.get(), SCMP_ACT_TRAP, SCMP_SYS(fork));
    add(ctx.get(), SCMP_ACT_TRAP, SCMP_SYS(vfork));
    add(ctx.get(), SCMP_ACT_TRAP, SCMP_SYS(clone), {SCMP_A0(SCMP_CMP_MASKED_EQ, CLONE_THREAD, 0)});
    // clone3 passes its flags in memory, which a filter cannot read: say "no such call", and
    // glibc falls back to clone for threads (allowed above) and for fork (trapped above).
    add(ctx.get(), SCMP_ACT_ERRNO(ENOSYS), SCMP_SYS(clone3));
    // Signals to itself only: raise() and abort() still work, the grader and others are safe.
    add(ctx.get(), SCMP_ACT_ERRNO(EPERM), SCMP_SYS(kill), {SCMP_A0(SCMP_CMP_NE, pid_sentinel)});
    add(ctx.get(), SCMP_ACT_ERRNO(EPERM), SCMP_SYS(tgkill), {SCMP_A0(SCMP_CMP_NE, pid_sentinel)});
    add(ctx.get(), SCMP_ACT_ERRNO(EPERM), SCMP_SYS(tkill));
  }
  // Nothing an exercise or a compiler needs, and each a way out of the box.
  for (const int call : {SCMP_SYS(ptrace),
                         SCMP_SYS(process_vm_readv),
                         SCMP_SYS(process_vm_writev),
                         SCMP_SYS(mount),
                         SCMP_SYS(umount2),
                         SCMP_SYS(pivot_root),
                         SCMP_SYS(chroot),
                         SCMP_SYS(unshare),
                         SCMP_SYS(setns),
                         SCMP_SYS(bpf),
                         SCMP_SYS(perf_event_open),
                         SCMP_SYS(keyctl),
                         SCMP_SYS(add_key),
                         SCMP_SYS(request_key),
                         SCMP_SYS(userfaultfd),
                         SCMP_SYS(io_uring_setup),
                         SCMP_SYS(io_uring_enter),
                         SCMP_SYS(io_uring_register),
                         SCMP_SYS(kexec_load),
                         SCMP_SYS(kexec_file_load),
                         SCMP_SYS(init_module),
                         SCMP_SYS(finit_module),
                         SCMP_SYS(delete_module),
                         SCMP_SYS(reboot),
                         SCMP_SYS(swapon),
                         SCMP_SYS(swapoff),
                         SCMP_SYS(acct),
                         SCMP_SYS(syslog),
                         SCMP_SYS(settimeofday),
                         SCMP_SYS(clock_settime),
                         SCMP_SYS(clock_adjtime),
                         SCMP_SYS(adjtimex),
                         SCMP_SYS(name_to_handle_at),
                         SCMP_SYS(open_by_handle_at),
                         SCMP_SYS(quotactl),
                         SCMP_SYS(personality)})
    add(ctx.get(), SCMP_ACT_ERRNO(EPERM), call);

  // Export through a memfd: libseccomp 2.5 writes BPF to a file descriptor only.
  const int fd = memfd_create("gdlab-seccomp", MFD_CLOEXEC);
  if (fd < 0) throw std::runtime_error("memfd_create failed");
  const int rc = seccomp_export_bpf(ctx.get(), fd);
  const off_t size = lseek(fd, 0, SEEK_END);
  Filter f;
  f.program.resize(static_cast<std::size_t>(size > 0 ? size : 0) / sizeof(sock_filter));
  const bool read_ok = pread(fd, f.program.data(), f.program.size() * sizeof(sock_filter), 0) ==
                       static_cast<ssize_t>(f.program.size() * sizeof(sock_filter));
  close(fd);
  if (rc != 0 || !read_ok || f.program.empty()) throw std::runtime_error("seccomp_export_bpf failed");
  for (std::size_t i = 0; i < f.program.size(); ++i)
    if (f.program[i].k == pid_sentinel) f.self_pid_slots.push_back(i);
  return f;
}

}  // namespace

const Filter& filter_for(Policy policy) {
  static std::once_flag once[2];
  static Filter filters[2];
  const auto i = static_cast<std::size_t>(policy);
  std::call_once(once[i], [&] { filters[i] = build(policy); });
  return filters[i];
}

bool load_filter(const Filter& filter, sock_filter* scratch) {
  const auto self = static_cast<std::uint32_t>(getpid());
  for (std::size_t i = 0; i < filter.program.size(); ++i) scratch[i] = filter.program[i];
  for (const auto i : filter.self_pid_slots) scratch[i].k = self;
  sock_fprog prog{static_cast<unsigned short>(filter.program.size()), scratch};
  if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0) return false;
  return prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, &prog) == 0;
}

}  // namespace gdlab::sandbox
