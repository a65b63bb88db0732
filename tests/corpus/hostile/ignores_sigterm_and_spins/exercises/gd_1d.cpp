// A hostile submission: ignores every polite signal, then spins on the CPU forever.
// Why: a grader that only sends SIGTERM (or SIGXCPU) at the deadline would wait for ever.
#include "gd_1d.hpp"

#include <csignal>
#include <vector>

namespace exercises {

std::vector<double> gd_1d(const gdlab::Function1D& f, double x0, double lr, int steps) {
  for (int sig : {SIGTERM, SIGINT, SIGHUP, SIGQUIT, SIGXCPU, SIGALRM, SIGUSR1, SIGUSR2}) std::signal(sig, SIG_IGN);
  volatile double x = x0;
  for (;;) x = x - lr * f.derivative(x);  // only SIGKILL ends this
  return {x, double(steps)};
}

}  // namespace exercises
