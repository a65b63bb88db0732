// A hostile submission: sends SIGKILL to everything (kill(-1)), to process 1 and to its parent.
// Why: none of that may reach the grader or its sandbox: it then returns a correct path, and the
// run must finish and pass.
#include "gd_1d.hpp"

#include <signal.h>
#include <unistd.h>

#include <vector>

namespace exercises {

std::vector<double> gd_1d(const gdlab::Function1D& f, double x0, double lr, int steps) {
  kill(-1, SIGKILL);  // everything this uid may signal, except itself
  kill(1, SIGKILL);
  const pid_t parent = getppid();
  if (parent > 0) kill(parent, SIGKILL);  // 0 means "outside my PID namespace": kill(0) would hit my own group
  std::vector<double> path{x0};
  for (int k = 0; k < steps; ++k) path.push_back(path.back() - lr * f.derivative(path.back()));
  return path;
}

}  // namespace exercises
