// A hostile submission: a global object whose constructor forks before main runs.
// Why: the sandbox's traps must already be in place when static initialisers run.
#include "gd_1d.hpp"

#include <unistd.h>

#include <vector>

namespace exercises {
namespace {

struct Spawner {
  Spawner() {
    if (fork() == 0)
      for (;;) pause();
  }
} spawner;

}  // namespace

std::vector<double> gd_1d(const gdlab::Function1D& f, double x0, double lr, int steps) {
  std::vector<double> path{x0};
  for (int k = 0; k < steps; ++k) path.push_back(path.back() - lr * f.derivative(path.back()));
  return path;
}

}  // namespace exercises
