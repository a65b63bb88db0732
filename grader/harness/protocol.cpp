#include "protocol.hpp"

#include <fcntl.h>
#include <signal.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <exception>
#include <new>

#include "catalog/named_call.hpp"
#include "catalog/objectives.hpp"
#include "result_channel.hpp"

namespace gdlab::harness {

Json number(double v) {
  if (std::isnan(v)) return "nan";
  if (std::isinf(v)) return v > 0 ? "inf" : "-inf";
  return v;
}

Json vector(const Vector& v) {
  Json out = Json::array();
  for (Index i = 0; i < v.size(); ++i) out.push_back(number(v(i)));
  return out;
}

Json path(const Path& p) {
  Json out = Json::array();
  for (const auto& v : p) out.push_back(vector(v));
  return out;
}

Json path(const std::vector<double>& xs) {
  Json out = Json::array();
  for (double x : xs) out.push_back(Json::array({number(x)}));
  return out;
}

Json numbers(const std::vector<double>& xs) {
  Json out = Json::array();
  for (double x : xs) out.push_back(number(x));
  return out;
}

Path as_path(const Path& p) { return p; }

Path as_path(const std::vector<double>& xs) {
  Path out;
  for (double x : xs) out.push_back(Vector::Constant(1, x));
  return out;
}

Path zipped(const std::vector<const std::vector<double>*>& coordinates) {
  std::size_t n = coordinates.empty() ? 0 : coordinates.front()->size();
  for (const auto* c : coordinates) n = std::min(n, c->size());
  Path out;
  for (std::size_t k = 0; k < n; ++k) {
    Vector point(static_cast<Index>(coordinates.size()));
    for (std::size_t i = 0; i < coordinates.size(); ++i) point(static_cast<Index>(i)) = (*coordinates[i])[k];
    out.push_back(point);
  }
  return out;
}

double as_number(const Json& j) { return j.get<double>(); }

std::vector<double> as_numbers(const Json& j) { return j.get<std::vector<double>>(); }

int as_whole(const Json& j) { return j.get<int>(); }

Vector as_vector(const Json& j) {
  if (j.is_number()) return Vector::Constant(1, j.get<double>());
  Vector v(static_cast<Index>(j.size()));
  for (Index i = 0; i < v.size(); ++i) v(i) = j[static_cast<std::size_t>(i)].get<double>();
  return v;
}

Matrix as_matrix(const Json& j) {
  Matrix m(static_cast<Index>(j.size()), static_cast<Index>(j.at(0).size()));
  for (Index r = 0; r < m.rows(); ++r) m.row(r) = as_vector(j[static_cast<std::size_t>(r)]).transpose();
  return m;
}

Objective objective(const Json& name) {
  return catalog::make_objective(catalog::NamedCall::parse(name.get<std::string>())).objective;
}

Function1D function_1d(const Json& name) {
  const auto call = catalog::NamedCall::parse(name.get<std::string>());
  return quadratic_1d(call.get("a", 1), call.get("c", 3), call.get("d", 5));
}

Dataset dataset(const Json& name) { return catalog::make_dataset(catalog::NamedCall::parse(name.get<std::string>())); }

namespace {

// The grader's seccomp filter traps a network socket or a new process with SIGSYS; this
// handler turns the trap into an answer the grader can name. Installed before any of the
// student's static initialisers run (priority 101), and its frames are made there too: a
// signal handler may not allocate. A student who replaces it only loses the better message.
char network_frame[128], process_frame[128], other_frame[128], out_of_memory_frame[128];

void make_frame(char (&frame)[128], const char* error, const char* what) {
  char body[64];
  const int n = std::snprintf(body, sizeof body, "{\"error\":\"%s\",\"message\":\"%s\"}", error, what);
  std::snprintf(frame, sizeof frame, "%s%d\n%s%s", result_channel::frame_head, n, body, result_channel::frame_tail);
}

// An uncaught std::bad_alloc outside the call (a static initialiser, another thread) ends in
// std::terminate: said as the memory limit it is, not as the SIGABRT that follows.
[[noreturn]] void on_terminate() {
  if (const auto pending = std::current_exception()) {
    try {
      std::rethrow_exception(pending);
    } catch (const std::bad_alloc&) {
      [[maybe_unused]] const auto n =
          ::write(result_channel::fd, out_of_memory_frame, std::strlen(out_of_memory_frame));
      _exit(0);
    } catch (...) {
    }
  }
  std::abort();
}

void on_forbidden_call(int, siginfo_t* info, void*) {
  const long call = info->si_syscall;
  const char* frame = call == SYS_socket                                             ? network_frame
                      : (call == SYS_fork || call == SYS_vfork || call == SYS_clone) ? process_frame
                                                                                     : other_frame;
  [[maybe_unused]] const auto n = ::write(result_channel::fd, frame, std::strlen(frame));
  _exit(0);
}

__attribute__((constructor(101))) void install_forbidden_call_handler() {
  make_frame(network_frame, "forbidden", "network");
  make_frame(process_frame, "forbidden", "process");
  make_frame(other_frame, "forbidden", "other");
  make_frame(out_of_memory_frame, "bad_alloc", "out of memory");
  std::set_terminate(on_terminate);
  struct sigaction action {};
  action.sa_sigaction = on_forbidden_call;
  action.sa_flags = SA_SIGINFO;
  sigaction(SIGSYS, &action, nullptr);
}

void write_all(int fd, const std::string& bytes) {
  std::size_t done = 0;
  while (done < bytes.size()) {
    const auto n = ::write(fd, bytes.data() + done, bytes.size() - done);
    if (n <= 0) {
      // The grader reads until the end, so only the submission can have closed fd 3.
      std::cerr << "harness: the result channel (file descriptor 3) was closed\n";
      std::_Exit(result_channel::closed_exit_code);
    }
    done += static_cast<std::size_t>(n);
  }
}

void send(const Json& payload) {
  const std::string body = payload.dump(-1, ' ', false, Json::error_handler_t::replace);
  std::cout.flush();
  std::fflush(stdout);
  write_all(result_channel::fd,
            result_channel::frame_head + std::to_string(body.size()) + "\n" + body + result_channel::frame_tail);
}

// The whole request, read with read(2): small, and the grader closes the pipe after it.
std::string read_stdin() {
  std::string text;
  char buffer[4096];
  for (ssize_t n; (n = ::read(0, buffer, sizeof buffer)) > 0;) text.append(buffer, static_cast<std::size_t>(n));
  return text;
}

// The second call's output goes to /dev/null: the student reads what their program printed
// once, and a program that prints every step stays under the output limit.
class Silenced {
 public:
  Silenced() {
    flush();
    const int null = ::open("/dev/null", O_WRONLY | O_CLOEXEC);
    out_ = null < 0 ? -1 : ::dup(1);
    err_ = null < 0 ? -1 : ::dup(2);
    if (out_ >= 0 && err_ >= 0) ::dup2(null, 1), ::dup2(null, 2);
    if (null >= 0) ::close(null);
  }
  ~Silenced() {
    flush();
    for (auto [saved, fd] : {std::pair{out_, 1}, std::pair{err_, 2}})
      if (saved >= 0) ::dup2(saved, fd), ::close(saved);
  }
  Silenced(const Silenced&) = delete;
  Silenced& operator=(const Silenced&) = delete;

 private:
  static void flush() {
    std::cout.flush();
    std::cerr.flush();
    std::fflush(nullptr);
  }
  int out_ = -1, err_ = -1;
};

// The entry called a second time with the same inputs, in the same process: the grader compares
// the two results, and one that differs (or a throw) betrays state kept between calls.
Json called_again(const std::function<Json(const Json&, const Json&)>& run, const Json& entry, const Json& inputs) {
  Silenced quiet;
  try {
    return {{"again", run(entry, inputs)}};
  } catch (const NotImplemented& e) {
    return {{"again_error", "it called gdlab::todo(\"" + e.exercise() + "\")"}};
  } catch (const std::exception& e) {
    return {{"again_error", e.what()}};
  } catch (...) {
    return {{"again_error", "an exception that is not a std::exception"}};
  }
}

}  // namespace

int serve(const std::function<Json(const Json&, const Json&)>& run) {
  Json request;
  try {
    request = Json::parse(read_stdin());
  } catch (const std::exception& e) {
    std::cerr << "harness: bad request: " << e.what() << '\n';
    return 70;
  }
  try {
    const Json& entry = request.at("entry");
    const Json& inputs = request.at("inputs");
    Json payload = {{"ok", run(entry, inputs)}};
    payload.update(called_again(run, entry, inputs));
    send(payload);
  } catch (const NotImplemented& e) {
    send({{"not_implemented", e.exercise()}});
  } catch (const std::bad_alloc&) {
    send({{"error", "bad_alloc"}, {"message", "out of memory"}});
  } catch (const std::exception& e) {
    send({{"error", "exception"}, {"message", e.what()}});
  } catch (...) {
    send({{"error", "exception"}, {"message", "an exception that is not a std::exception"}});
  }
  return 0;
}

}  // namespace gdlab::harness
