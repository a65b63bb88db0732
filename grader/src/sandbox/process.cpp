#include "sandbox/process.hpp"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cmath>
#include <cstring>
#include <vector>

namespace gdlab::sandbox {
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
};

void set_limit(int resource, rlim_t value) {
  const rlimit limit{value, value};
  setrlimit(resource, &limit);
}

// In the child, between fork and exec: only async-signal-safe calls.
// argv and envp are built before fork: allocating in the child of a threaded parent can deadlock.
[[noreturn]] void exec_child(const Request& r, const Pipe& in, const Pipe& out, const Pipe& result,
                             char* const* argv, char* const* envp) {
  setsid();  // its own session and process group, so the group can be killed as one
  dup2(in.read, 0);
  dup2(out.write, 1);
  dup2(out.write, 2);
  dup2(result.write, 3);
  for (int fd = 4; fd < 1024; ++fd) close(fd);
  const auto cpu = static_cast<rlim_t>(std::ceil(r.limits.cpu_seconds));
  const rlimit cpu_limit{cpu, cpu + 1};  // SIGXCPU at the soft limit, SIGKILL one second later
  setrlimit(RLIMIT_CPU, &cpu_limit);
  set_limit(RLIMIT_AS, static_cast<rlim_t>(r.limits.memory_bytes));
  set_limit(RLIMIT_FSIZE, static_cast<rlim_t>(r.limits.file_bytes));
  set_limit(RLIMIT_NOFILE, static_cast<rlim_t>(r.limits.open_files));
  set_limit(RLIMIT_CORE, 0);
  if (chdir(r.workdir.c_str()) != 0) _exit(126);
  execve(argv[0], argv, envp);
  _exit(127);
}

// Reads what is there now, up to `cap` in total; false once the cap is passed.
bool drain(int fd, std::string& into, long cap, bool& open) {
  char buffer[65536];
  for (;;) {
    const auto n = ::read(fd, buffer, sizeof buffer);
    if (n > 0) {
      into.append(buffer, static_cast<std::size_t>(n));
      if (static_cast<long>(into.size()) > cap) {
        into.resize(static_cast<std::size_t>(cap));
        return false;
      }
      continue;
    }
    if (n == 0) open = false;
    return true;  // EOF, EAGAIN or an error: nothing more for now
  }
}

}  // namespace

Outcome run(const Request& r) {
  Outcome outcome;
  Pipe in, out, result;
  const auto start = Clock::now();
  std::vector<std::string> args{r.program.string()};
  args.insert(args.end(), r.args.begin(), r.args.end());
  std::vector<char*> argv, envp;
  for (auto& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  std::vector<std::string> env = r.env;  // the submission gets none: no secrets, no paths
  for (auto& e : env) envp.push_back(e.data());
  envp.push_back(nullptr);

  const pid_t pid = fork();
  if (pid < 0) return outcome;  // launch_failed
  if (pid == 0) exec_child(r, in, out, result, argv.data(), envp.data());

  close(in.read);
  close(out.write);
  close(result.write);
  for (int fd : {in.write, out.read, result.read}) fcntl(fd, F_SETFL, O_NONBLOCK);
  signal(SIGPIPE, SIG_IGN);  // the child may close stdin before reading it

  // A pidfd becomes readable when the child exits, so poll() wakes at once instead of at the
  // next tick. Kernels before 5.3 have none: then the 10 ms tick notices the exit.
  const int pidfd = static_cast<int>(syscall(SYS_pidfd_open, pid, 0));
  std::size_t written = 0;
  bool out_open = true, result_open = true, input_open = true;
  const auto deadline = start + std::chrono::duration<double>(r.limits.wall_seconds);
  int status = 0;
  rusage usage{};
  bool reaped = false;
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

    if (out_open && !drain(out.read, outcome.output, r.limits.output_bytes, out_open)) {
      outcome.end = End::output_limit;
      break;
    }
    if (result_open && !drain(result.read, outcome.result, r.limits.result_bytes, result_open)) {
      outcome.end = End::result_limit;
      break;
    }
    if (wait4(pid, &status, WNOHANG, &usage) == pid) {
      reaped = true;
      // Collect what it wrote before exiting; a child it left behind may keep the pipes open.
      drain(out.read, outcome.output, r.limits.output_bytes, out_open);
      drain(result.read, outcome.result, r.limits.result_bytes, result_open);
      break;
    }
    if (Clock::now() > deadline) {
      outcome.end = End::timed_out;
      break;
    }
  }
  kill(-pid, SIGKILL);  // the whole group, whatever it left behind
  if (!reaped) wait4(pid, &status, 0, &usage);
  for (int fd : {out.read, result.read}) close(fd);
  if (pidfd >= 0) close(pidfd);
  if (input_open) close(in.write);

  outcome.seconds = std::chrono::duration<double>(Clock::now() - start).count();
  outcome.max_rss_kb = usage.ru_maxrss;
  if (reaped) {
    if (WIFEXITED(status)) {
      outcome.end = End::exited;
      outcome.exit_code = WEXITSTATUS(status);
    } else if (WIFSIGNALED(status)) {
      outcome.end = End::signaled;
      outcome.signal = WTERMSIG(status);
    }
  }
  return outcome;
}

}  // namespace gdlab::sandbox
