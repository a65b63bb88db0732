#include "sandbox/process.hpp"

#include <fcntl.h>
#include <grp.h>
#include <poll.h>
#include <sched.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cmath>
#include <cstring>
#include <fstream>
#include <optional>
#include <stdexcept>
#include <vector>

#include "sandbox/cgroup.hpp"
#include "sandbox/landlock.hpp"
#include "sandbox/mounts.hpp"
#include "sandbox/sweep.hpp"

namespace gdlab::sandbox {
namespace fs = std::filesystem;
namespace {

using Clock = std::chrono::steady_clock;

struct Pipe {
  int read = -1, write = -1;
  Pipe() {
    int fds[2];
    if (pipe2(fds, O_CLOEXEC) != 0) throw std::runtime_error(std::string("pipe: ") + std::strerror(errno));
    read = fds[0];
    write = fds[1];
  }
  void close_both() {
    for (int* fd : {&read, &write})
      if (*fd >= 0) ::close(*fd), *fd = -1;
  }
};

// What the namespace's init process tells the grader, in one write (atomic: under PIPE_BUF).
struct InitReport {
  enum Kind : int { none = 0, program_ended = 1, setup_failed = 2 } kind = none;
  int status = 0;        // wait status of the program
  long max_rss_kb = 0;
  int error = 0;         // errno of the failed setup step
  const char* step = nullptr;  // a string literal: same address in the parent after clone
};

// Everything the children need, prepared before clone: they may not allocate (a threaded
// grader's other threads may hold the allocator's locks at the moment of the clone).
struct Launch {
  const Request* request = nullptr;
  Isolation isolation = Isolation::process_only;
  char* const* argv = nullptr;
  char* const* envp = nullptr;
  Pipe* in = nullptr;
  Pipe* out = nullptr;
  Pipe* result = nullptr;
  Pipe* status = nullptr;
  Pipe* sync = nullptr;
  const MountPlan* mounts = nullptr;
  const Filter* filter = nullptr;
  sock_filter* filter_scratch = nullptr;
  const Ruleset* landlock = nullptr;  // the fallback's file-system layer, when there is one
  const MemoryCgroup* cgroup = nullptr;  // where memory is accounted, when it can be
  uid_t uid = 0;                      // a spare uid to run as; 0: keep the grader's
  gid_t gid = 0;
};

// Child side: async-signal-safe calls only, from here to execve or _exit.
[[noreturn]] void die(const char* step) {
  const char prefix[] = "gdlab sandbox: could not ";
  [[maybe_unused]] auto a = ::write(2, prefix, sizeof prefix - 1);
  [[maybe_unused]] auto b = ::write(2, step, std::strlen(step));
  [[maybe_unused]] auto c = ::write(2, "\n", 1);
  _exit(126);
}

void set_limit(int resource, rlim_t value) {
  const rlimit limit{value, value};
  setrlimit(resource, &limit);
}

void close_from(int first) {
  if (syscall(SYS_close_range, first, ~0U, 0) != 0)
    for (int fd = first; fd < 1024; ++fd) ::close(fd);
}

void wire_stdio(const Launch& l) {
  dup2(l.in->read, 0);
  dup2(l.out->write, 1);
  dup2(l.out->write, 2);
  dup2(l.result->write, 3);
}

// The program itself: limits, a spare identity, the filter, exec.
[[noreturn]] void exec_program(const Launch& l) {
  const Request& r = *l.request;
  const auto cpu = static_cast<rlim_t>(std::ceil(r.limits.cpu_seconds));
  const rlimit cpu_limit{cpu, cpu + 1};  // SIGXCPU at the soft limit, SIGKILL one second later
  setrlimit(RLIMIT_CPU, &cpu_limit);
  // In a memory cgroup the limit is on memory used; elsewhere on the address space reserved.
  if (!l.cgroup) set_limit(RLIMIT_AS, static_cast<rlim_t>(r.limits.memory_bytes));
  set_limit(RLIMIT_FSIZE, static_cast<rlim_t>(r.limits.file_bytes));
  set_limit(RLIMIT_NOFILE, static_cast<rlim_t>(r.limits.open_files));
  set_limit(RLIMIT_STACK, static_cast<rlim_t>(r.limits.stack_bytes));
  set_limit(RLIMIT_CORE, 0);
  if (l.uid != 0) {
    // RLIMIT_NPROC binds only a uid that is not root: hence the spare uid.
    set_limit(RLIMIT_NPROC, static_cast<rlim_t>(r.limits.processes));
    // Raw system calls: glibc's wrappers make every thread of the process change its ids, and
    // this child of a threaded grader inherits the parent's list of threads but not the
    // threads, so a wrapper waits for them forever (seen: a batch's compile hung for 60 s).
    if (syscall(SYS_setgroups, 0, nullptr) != 0 || syscall(SYS_setresgid, l.gid, l.gid, l.gid) != 0 ||
        syscall(SYS_setresuid, l.uid, l.uid, l.uid) != 0)
      die("drop to a spare uid");
  }
  if (chdir(r.workdir.c_str()) != 0) die("enter the working folder");
  if (l.landlock && !l.landlock->apply()) die("apply the Landlock ruleset");
  close_from(4);
  if (!load_filter(*l.filter, l.filter_scratch)) die("load the seccomp filter");
  execve(l.argv[0], l.argv, l.envp);
  die("start the program");
}

pid_t raw_clone(unsigned long flags) {
  // Like fork, but able to make namespaces, and without fork's handlers.
  return static_cast<pid_t>(syscall(SYS_clone, flags | SIGCHLD, nullptr, nullptr, nullptr, 0));
}

void send_report(int fd, const InitReport& report) { [[maybe_unused]] auto n = ::write(fd, &report, sizeof report); }

// The init process of the new PID namespace: builds the file system, starts the program,
// reaps whatever it leaves behind, and reports the program's end. When it exits, the kernel
// kills every process left in the namespace.
[[noreturn]] void namespace_init(const Launch& l) {
  setsid();
  prctl(PR_SET_PDEATHSIG, SIGKILL);  // the grader gone: everything goes
  prctl(PR_SET_DUMPABLE, 0);         // the program may not open this process's descriptors
  const int status_fd = fcntl(l.status->write, F_DUPFD_CLOEXEC, 10);
  InitReport report;
  if (l.isolation == Isolation::user_namespaces) {
    char go = 0;
    if (::read(l.sync->read, &go, 1) != 1) _exit(1);  // the grader writes the uid map first
  }
  const char* step = nullptr;
  if (const int error = enter_mounts(*l.mounts, &step); error != 0) {
    report.kind = InitReport::setup_failed;
    report.error = error;
    report.step = step;
    send_report(status_fd, report);
    _exit(1);
  }
  if (l.cgroup && !l.cgroup->join()) {  // the program, its child, inherits it
    report.kind = InitReport::setup_failed;
    report.error = errno;
    report.step = "join the memory cgroup";
    send_report(status_fd, report);
    _exit(1);
  }
  wire_stdio(l);
  // Only the program's four descriptors and the status pipe stay open: a copy of the grader's
  // end of stdin held here would keep the program waiting for an end-of-file forever.
  const int report_fd = dup2(status_fd, 4);
  close_from(5);
  const pid_t program = raw_clone(0);
  if (program == 0) exec_program(l);  // closes 4 and up itself
  for (int fd = 0; fd <= 3; ++fd) ::close(fd);
  if (program < 0) {
    report.kind = InitReport::setup_failed;
    report.error = errno;
    report.step = "start the program's process";
    send_report(report_fd, report);
    _exit(1);
  }
  for (;;) {
    int status = 0;
    rusage usage{};
    const pid_t ended = wait4(-1, &status, 0, &usage);
    if (ended == program) {
      report.kind = InitReport::program_ended;
      report.status = status;
      report.max_rss_kb = usage.ru_maxrss;
      send_report(report_fd, report);
      _exit(0);
    }
    if (ended < 0 && errno != EINTR) _exit(1);
  }
}

[[noreturn]] void plain_child(const Launch& l) {
  setsid();  // its own session and process group, so the group can be killed as one
  prctl(PR_SET_PDEATHSIG, SIGKILL);
  if (l.cgroup && !l.cgroup->join()) die("join the memory cgroup");
  wire_stdio(l);
  exec_program(l);
}

// Reads what is there now: keeps the first `keep` bytes in `into`, counts the rest in
// `total`; false once `total` passes `cap`.
bool drain(int fd, std::string& into, long keep, long& total, long cap, bool& open) {
  char buffer[65536];
  for (;;) {
    const auto n = ::read(fd, buffer, sizeof buffer);
    if (n > 0) {
      const auto room = static_cast<std::size_t>(std::max(0L, keep - static_cast<long>(into.size())));
      into.append(buffer, std::min(room, static_cast<std::size_t>(n)));
      total += n;
      if (total > cap) return false;
      continue;
    }
    if (n == 0) open = false;
    return true;  // EOF, EAGAIN or an error: nothing more for now
  }
}

std::string id_map(unsigned id) { return std::to_string(id) + " " + std::to_string(id) + " 1\n"; }

bool write_file(const std::string& path, const std::string& text) {
  std::ofstream f(path);
  f << text;
  f.flush();
  return static_cast<bool>(f);
}

// A uid no user has, different for runs that overlap (RLIMIT_NPROC counts per uid).
uid_t spare_uid() {
  static std::atomic<unsigned> next{0};
  return 2000000000u + (static_cast<unsigned>(getpid()) * 4099u + next++) % 1000000u;
}

struct Folder {  // an empty folder for the new root's mount point, removed afterwards
  std::string path;
  Folder() {
    path = (fs::temp_directory_path() / "gdlab-root-XXXXXX").string();
    if (!mkdtemp(path.data())) throw std::runtime_error("cannot make the sandbox's root folder");
  }
  ~Folder() { ::rmdir(path.c_str()); }
};

}  // namespace

RunResult run(const Request& r, Isolation isolation) {
  RunResult outcome;
  Pipe in, out, result, status, sync;
  const auto start = Clock::now();
  std::vector<std::string> args{r.program.string()};
  args.insert(args.end(), r.args.begin(), r.args.end());
  std::vector<char*> argv, envp;
  for (auto& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  std::vector<std::string> env = r.env;  // the submission gets none: no secrets, no paths
  for (auto& e : env) envp.push_back(e.data());
  envp.push_back(nullptr);

  const bool namespaced = isolation != Isolation::process_only;
  Launch l;
  l.request = &r;
  l.isolation = isolation;
  l.argv = argv.data();
  l.envp = envp.data();
  l.in = &in;
  l.out = &out;
  l.result = &result;
  l.status = &status;
  l.sync = &sync;
  l.filter = &filter_for(r.policy);
  std::vector<sock_filter> scratch(l.filter->program.size());
  l.filter_scratch = scratch.data();
  std::optional<Folder> root;
  MountPlan mounts;
  if (namespaced) {
    root.emplace();
    std::vector<fs::path> readable = r.read_only;
    readable.push_back(r.program);
    mounts = plan_mounts(root->path, readable, {r.workdir}, r.limits.tmp_bytes);
    l.mounts = &mounts;
  }
  Ruleset landlock;
  if (!namespaced && landlock_abi() > 0) {
    // Without a private file system, Landlock confines what it may open.
    std::vector<fs::path> readable = r.read_only;
    readable.push_back(r.program);
    std::string error;
    landlock = Ruleset::build(readable, {r.workdir}, error);
    if (!landlock.valid()) {
      outcome.launch_error = error;
      return outcome;
    }
    l.landlock = &landlock;
  }
  std::optional<MemoryCgroup> cgroup = MemoryCgroup::make(r.limits.memory_bytes);
  if (cgroup) l.cgroup = &*cgroup;
  outcome.memory_accounting = cgroup ? memory_accounting() : MemoryAccounting::address_space;
  if (runs_as_spare_uid(isolation)) {
    l.uid = spare_uid();
    l.gid = l.uid;
    // Its working folder is the one place it may write.
    if (chown(r.workdir.c_str(), l.uid, l.gid) != 0) {
      outcome.launch_error = "cannot hand the working folder to the sandbox's uid";
      return outcome;
    }
  }

  unsigned long flags = 0;
  if (namespaced) flags = CLONE_NEWPID | CLONE_NEWNET | CLONE_NEWNS | CLONE_NEWIPC | CLONE_NEWUTS;
  if (isolation == Isolation::user_namespaces) flags |= CLONE_NEWUSER;
  const pid_t pid = raw_clone(flags);
  if (pid < 0) {
    outcome.launch_error = std::string("clone: ") + std::strerror(errno);
    return outcome;
  }
  if (pid == 0) {
    if (namespaced) namespace_init(l);
    plain_child(l);
  }

  close(in.read);
  close(out.write);
  close(result.write);
  close(status.write);
  close(sync.read);
  if (isolation == Isolation::user_namespaces) {
    // Inside, it keeps the grader's uid and gid; nothing else is mapped.
    const std::string proc = "/proc/" + std::to_string(pid) + "/";
    const bool mapped = write_file(proc + "setgroups", "deny") &&
                        write_file(proc + "uid_map", id_map(geteuid())) &&
                        write_file(proc + "gid_map", id_map(getegid()));
    if (mapped) [[maybe_unused]] auto n = ::write(sync.write, "g", 1);
  }
  close(sync.write);
  for (int fd : {in.write, out.read, result.read, status.read}) fcntl(fd, F_SETFL, O_NONBLOCK);
  signal(SIGPIPE, SIG_IGN);  // the child may close stdin before reading it

  // A pidfd becomes readable when the child exits, so poll() wakes at once instead of at the
  // next tick. Kernels before 5.3 have none: then the 10 ms tick notices the exit.
  const int pidfd = static_cast<int>(syscall(SYS_pidfd_open, pid, 0));
  std::size_t written = 0;
  bool out_open = true, result_open = true, input_open = true;
  long result_total = 0;
  const long output_cap = std::max(r.limits.output_cap_bytes, r.limits.output_bytes);  // never below what is kept
  const auto deadline = start + std::chrono::duration<double>(r.limits.wall_seconds);
  int wait_status = 0;
  rusage usage{};
  bool reaped = false;  // it ended by itself (reaped only after the kill below)
  while (!reaped) {
    if (input_open && written < r.input.size()) {
      const auto n = ::write(in.write, r.input.data() + written, r.input.size() - written);
      if (n > 0) written += static_cast<std::size_t>(n);
      else if (n < 0 && errno != EAGAIN) written = r.input.size();
    }
    if (input_open && written >= r.input.size()) {
      close(in.write);
      input_open = false;
    }
    std::vector<pollfd> fds;
    if (out_open) fds.push_back({out.read, POLLIN, 0});
    if (result_open) fds.push_back({result.read, POLLIN, 0});
    if (input_open) fds.push_back({in.write, POLLOUT, 0});
    if (pidfd >= 0) fds.push_back({pidfd, POLLIN, 0});
    poll(fds.data(), fds.size(), 10);  // wake often to notice the exit and the deadline

    if (out_open && !drain(out.read, outcome.output, r.limits.output_bytes, outcome.output_total, output_cap,
                           out_open)) {
      outcome.end = End::output_limit;
      break;
    }
    if (result_open && !drain(result.read, outcome.result, r.limits.result_bytes, result_total,
                              r.limits.result_bytes, result_open)) {
      outcome.end = End::result_limit;
      break;
    }
    // Seen to exit but not reaped yet: until it is reaped its pid (and process group id)
    // cannot be handed to another process, so the kill below cannot hit a stranger.
    siginfo_t info{};
    if (waitid(P_PID, static_cast<id_t>(pid), &info, WEXITED | WNOHANG | WNOWAIT) == 0 && info.si_pid == pid) {
      reaped = true;
      // Collect what it wrote before exiting; a child it left behind may keep the pipes open.
      drain(out.read, outcome.output, r.limits.output_bytes, outcome.output_total, output_cap, out_open);
      drain(result.read, outcome.result, r.limits.result_bytes, result_total, r.limits.result_bytes, result_open);
      break;
    }
    if (Clock::now() > deadline) {
      outcome.end = End::timed_out;
      break;
    }
  }
  // The whole group, whatever it left behind; in a namespace, its init's death ends them all.
  kill(-pid, SIGKILL);
  kill(pid, SIGKILL);
  wait4(pid, &wait_status, 0, &usage);
  InitReport report;
  const bool have_report = namespaced && ::read(status.read, &report, sizeof report) == sizeof report;
  for (int fd : {out.read, result.read, status.read}) close(fd);
  if (pidfd >= 0) close(pidfd);
  if (input_open) close(in.write);
  outcome.leftover_processes = sweep(pid, l.uid);

  outcome.seconds = std::chrono::duration<double>(Clock::now() - start).count();
  if (cgroup) {
    outcome.peak_memory_bytes = cgroup->peak_bytes();
    outcome.memory_killed = cgroup->oom_killed();
  }
  if (!reaped) return outcome;  // timed out or over a cap: that is the end, whatever it says
  if (namespaced) {
    if (!have_report) {
      outcome.end = End::launch_failed;
      outcome.launch_error = "the sandbox's init process ended without a word";
      return outcome;
    }
    if (report.kind == InitReport::setup_failed) {
      outcome.end = End::launch_failed;
      outcome.launch_error = std::string(report.step ? report.step : "?") + ": " + std::strerror(report.error);
      return outcome;
    }
    wait_status = report.status;
    usage.ru_maxrss = report.max_rss_kb;
  }
  outcome.max_rss_kb = usage.ru_maxrss;
  if (WIFEXITED(wait_status)) {
    outcome.end = End::exited;
    outcome.exit_code = WEXITSTATUS(wait_status);
  } else if (WIFSIGNALED(wait_status)) {
    outcome.end = End::signaled;
    outcome.signal = WTERMSIG(wait_status);
  }
  return outcome;
}

RunResult run(const Request& request) { return run(request, isolation()); }

}  // namespace gdlab::sandbox
