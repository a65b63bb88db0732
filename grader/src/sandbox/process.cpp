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
  int status = 0;  // wait status of the program
  long max_rss_kb = 0;
  int error = 0;               // errno of the failed setup step
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
  const Ruleset* landlock = nullptr;     // the fallback's file-system layer, when there is one
  const MemoryCgroup* cgroup = nullptr;  // where memory is accounted, when it can be
  uid_t uid = 0;                         // a spare uid to run as; 0: keep the grader's
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

// One run seen from the grader, in the manner of isolate's keeper: prepare everything the
// children need, launch them, supervise the program until it ends (or overruns), then end
// whatever is left and decode how it ended.
class Keeper {
 public:
  Keeper(const Request& r, Isolation isolation)
      : r_(r), isolation_(isolation), namespaced_(isolation != Isolation::process_only), start_(Clock::now()) {}

  RunResult run() {
    if (!prepare() || !launch()) return std::move(outcome_);
    supervise();
    end_everything();
    decode();
    return std::move(outcome_);
  }

 private:
  // Prepare: the argument and environment arrays, the filter, the file system, memory and
  // identity, all before clone (the children may not allocate). False, said in launch_error,
  // when a step fails.
  bool prepare() {
    prepare_exec();
    if (!prepare_file_system()) return false;
    prepare_memory();
    return prepare_identity();
  }

  void prepare_exec() {
    args_.push_back(r_.program.string());
    args_.insert(args_.end(), r_.args.begin(), r_.args.end());
    for (auto& a : args_) argv_.push_back(a.data());
    argv_.push_back(nullptr);
    env_ = r_.env;  // the submission gets none: no secrets, no paths
    for (auto& e : env_) envp_.push_back(e.data());
    envp_.push_back(nullptr);
    l_.request = &r_;
    l_.isolation = isolation_;
    l_.argv = argv_.data();
    l_.envp = envp_.data();
    l_.in = &in_;
    l_.out = &out_;
    l_.result = &result_;
    l_.status = &status_;
    l_.sync = &sync_;
    l_.filter = &filter_for(r_.policy);
    scratch_.resize(l_.filter->program.size());
    l_.filter_scratch = scratch_.data();
  }

  // A private root in a namespace; else, where the kernel has it, a Landlock ruleset.
  bool prepare_file_system() {
    std::vector<fs::path> readable = r_.read_only;
    readable.push_back(r_.program);
    if (namespaced_) {
      root_.emplace();
      mounts_ = plan_mounts(root_->path, readable, {r_.workdir}, r_.limits.tmp_bytes);
      l_.mounts = &mounts_;
      return true;
    }
    if (landlock_abi() <= 0) return true;
    // Without a private file system, Landlock confines what it may open.
    std::string error;
    landlock_ = Ruleset::build(readable, {r_.workdir}, error);
    if (!landlock_.valid()) {
      outcome_.launch_error = error;
      return false;
    }
    l_.landlock = &landlock_;
    return true;
  }

  void prepare_memory() {
    if (auto made = MemoryCgroup::make(r_.limits.memory_bytes)) cgroup_.emplace(std::move(*made));  // not assignable
    if (cgroup_) l_.cgroup = &*cgroup_;
    outcome_.memory_accounting = cgroup_ ? memory_accounting() : MemoryAccounting::address_space;
  }

  bool prepare_identity() {
    if (!runs_as_spare_uid(isolation_)) return true;
    l_.uid = spare_uid();
    l_.gid = l_.uid;
    // Its working folder is the one place it may write.
    if (chown(r_.workdir.c_str(), l_.uid, l_.gid) != 0) {
      outcome_.launch_error = "cannot hand the working folder to the sandbox's uid";
      return false;
    }
    return true;
  }

  // Launch: clone the child (in its namespaces), keep the grader's ends of the pipes, map its
  // ids, and open a pidfd that wakes poll() when it exits.
  bool launch() {
    unsigned long flags = 0;
    if (namespaced_) flags = CLONE_NEWPID | CLONE_NEWNET | CLONE_NEWNS | CLONE_NEWIPC | CLONE_NEWUTS;
    if (isolation_ == Isolation::user_namespaces) flags |= CLONE_NEWUSER;
    pid_ = raw_clone(flags);
    if (pid_ < 0) {
      outcome_.launch_error = std::string("clone: ") + std::strerror(errno);
      return false;
    }
    if (pid_ == 0) {
      if (namespaced_) namespace_init(l_);
      plain_child(l_);
    }
    close(in_.read);
    close(out_.write);
    close(result_.write);
    close(status_.write);
    close(sync_.read);
    if (isolation_ == Isolation::user_namespaces) map_ids();
    close(sync_.write);
    for (int fd : {in_.write, out_.read, result_.read, status_.read}) fcntl(fd, F_SETFL, O_NONBLOCK);
    signal(SIGPIPE, SIG_IGN);  // the child may close stdin before reading it
    // A pidfd becomes readable when the child exits, so poll() wakes at once instead of at the
    // next tick. Kernels before 5.3 have none: then the 10 ms tick notices the exit.
    pidfd_ = static_cast<int>(syscall(SYS_pidfd_open, pid_, 0));
    return true;
  }

  // Inside, it keeps the grader's uid and gid; nothing else is mapped. Its init waits for this.
  void map_ids() {
    const std::string proc = "/proc/" + std::to_string(pid_) + "/";
    const bool mapped = write_file(proc + "setgroups", "deny") && write_file(proc + "uid_map", id_map(geteuid())) &&
                        write_file(proc + "gid_map", id_map(getegid()));
    if (mapped) [[maybe_unused]]
      auto n = ::write(sync_.write, "g", 1);
  }

  // Supervise: feed its stdin and keep its output until it exits, overruns a cap or the deadline.
  void supervise() {
    const auto deadline = start_ + std::chrono::duration<double>(r_.limits.wall_seconds);
    while (!reaped_) {
      feed_input();
      wait_for_activity();
      if (!drain_output()) break;
      if (exited()) {
        reaped_ = true;
        // Collect what it wrote before exiting; a child it left behind may keep the pipes open.
        drain(out_.read, outcome_.output, r_.limits.output_bytes, outcome_.output_total, output_cap(), out_open_);
        drain(result_.read, outcome_.result, r_.limits.result_bytes, result_total_, r_.limits.result_bytes,
              result_open_);
        break;
      }
      if (Clock::now() > deadline) {
        outcome_.end = End::timed_out;
        break;
      }
    }
  }

  void feed_input() {
    if (input_open_ && written_ < r_.input.size()) {
      const auto n = ::write(in_.write, r_.input.data() + written_, r_.input.size() - written_);
      if (n > 0) written_ += static_cast<std::size_t>(n);
      else if (n < 0 && errno != EAGAIN) written_ = r_.input.size();
    }
    if (input_open_ && written_ >= r_.input.size()) {
      close(in_.write);
      input_open_ = false;
    }
  }

  void wait_for_activity() {
    std::vector<pollfd> fds;
    if (out_open_) fds.push_back({out_.read, POLLIN, 0});
    if (result_open_) fds.push_back({result_.read, POLLIN, 0});
    if (input_open_) fds.push_back({in_.write, POLLOUT, 0});
    if (pidfd_ >= 0) fds.push_back({pidfd_, POLLIN, 0});
    poll(fds.data(), fds.size(), 10);  // wake often to notice the exit and the deadline
  }

  // False once its output or its result passes the cap (the end says which).
  bool drain_output() {
    if (out_open_ &&
        !drain(out_.read, outcome_.output, r_.limits.output_bytes, outcome_.output_total, output_cap(), out_open_)) {
      outcome_.end = End::output_limit;
      return false;
    }
    if (result_open_ && !drain(result_.read, outcome_.result, r_.limits.result_bytes, result_total_,
                               r_.limits.result_bytes, result_open_)) {
      outcome_.end = End::result_limit;
      return false;
    }
    return true;
  }

  long output_cap() const {
    return std::max(r_.limits.output_cap_bytes, r_.limits.output_bytes);
  }  // never below what is kept

  // Seen to exit but not reaped yet: until it is reaped its pid (and process group id) cannot
  // be handed to another process, so the kill in end_everything cannot hit a stranger.
  bool exited() const {
    siginfo_t info{};
    return waitid(P_PID, static_cast<id_t>(pid_), &info, WEXITED | WNOHANG | WNOWAIT) == 0 && info.si_pid == pid_;
  }

  // The whole group, whatever it left behind; in a namespace, its init's death ends them all.
  // Then the init's report, the descriptors, the sweep for leftovers, the time and memory.
  void end_everything() {
    kill(-pid_, SIGKILL);
    kill(pid_, SIGKILL);
    wait4(pid_, &wait_status_, 0, &usage_);
    have_report_ = namespaced_ && ::read(status_.read, &report_, sizeof report_) == sizeof report_;
    for (int fd : {out_.read, result_.read, status_.read}) close(fd);
    if (pidfd_ >= 0) close(pidfd_);
    if (input_open_) close(in_.write);
    outcome_.leftover_processes = sweep(pid_, l_.uid);
    outcome_.seconds = std::chrono::duration<double>(Clock::now() - start_).count();
    if (cgroup_) {
      outcome_.peak_memory_bytes = cgroup_->peak_bytes();
      outcome_.memory_killed = cgroup_->oom_killed();
    }
  }

  // Decode: how the program ended, from the wait status (in a namespace, the init's report).
  void decode() {
    if (!reaped_) return;  // timed out or over a cap: that is the end, whatever it says
    if (namespaced_) {
      if (!have_report_) {
        outcome_.end = End::launch_failed;
        outcome_.launch_error = "the sandbox's init process ended without a word";
        return;
      }
      if (report_.kind == InitReport::setup_failed) {
        outcome_.end = End::launch_failed;
        outcome_.launch_error = std::string(report_.step ? report_.step : "?") + ": " + std::strerror(report_.error);
        return;
      }
      wait_status_ = report_.status;
      usage_.ru_maxrss = report_.max_rss_kb;
    }
    outcome_.max_rss_kb = usage_.ru_maxrss;
    if (WIFEXITED(wait_status_)) {
      outcome_.end = End::exited;
      outcome_.exit_code = WEXITSTATUS(wait_status_);
    } else if (WIFSIGNALED(wait_status_)) {
      outcome_.end = End::signaled;
      outcome_.signal = WTERMSIG(wait_status_);
    }
  }

  const Request& r_;
  const Isolation isolation_;
  const bool namespaced_;
  const Clock::time_point start_;
  RunResult outcome_;

  // Prepared before clone.
  Pipe in_, out_, result_, status_, sync_;
  std::vector<std::string> args_, env_;
  std::vector<char*> argv_, envp_;
  std::vector<sock_filter> scratch_;
  std::optional<Folder> root_;
  MountPlan mounts_;
  Ruleset landlock_;
  std::optional<MemoryCgroup> cgroup_;
  Launch l_;

  // Supervision.
  pid_t pid_ = -1;
  int pidfd_ = -1;
  std::size_t written_ = 0;  // of the input
  bool input_open_ = true, out_open_ = true, result_open_ = true;
  long result_total_ = 0;
  bool reaped_ = false;  // it ended by itself (reaped only after the kill in end_everything)

  // The end.
  int wait_status_ = 0;
  rusage usage_{};
  InitReport report_;
  bool have_report_ = false;
};

}  // namespace

RunResult run(const Request& r, Isolation isolation) { return Keeper(r, isolation).run(); }

RunResult run(const Request& request) { return run(request, isolation()); }

}  // namespace gdlab::sandbox
