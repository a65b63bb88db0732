// A hostile submission: double-forks a daemon that outlives the run and forges results.
// Why: the grandchild leaves the process group (setsid) and is reparented, so killing the
// program's group would not reach it; it then writes a fake frame to fd 3 and waits forever.
#include "gd_1d.hpp"

#include <sys/wait.h>
#include <unistd.h>

#include <cstring>
#include <vector>

namespace exercises {

std::vector<double> gd_1d(const gdlab::Function1D& f, double x0, double lr, int steps) {
  const pid_t child = fork();
  if (child == 0) {
    setsid();
    if (fork() == 0) {
      const char* fake = "GDLAB-RESULT 1 20\n{\"ok\":{\"path\":[]}}\nGDLAB-END\n";
      for (;;) {
        if (write(3, fake, std::strlen(fake)) < 0) {}
        sleep(1);
      }
    }
    _exit(0);
  }
  if (child > 0) waitpid(child, nullptr, 0);
  std::vector<double> path{x0};
  for (int k = 0; k < steps; ++k) path.push_back(path.back() - lr * f.derivative(path.back()));
  return path;
}

}  // namespace exercises
