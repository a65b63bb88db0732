// A broken submission: a worker thread runs out of memory and nobody catches it.
// Why: an exception that leaves a std::thread ends in std::terminate; the verdict must still be
// the memory limit, not a crash.
#include "gd_1d.hpp"

#include <thread>
#include <vector>

namespace exercises {

std::vector<double> gd_1d(const gdlab::Function1D& f, double x0, double lr, int steps) {
  std::vector<double> path{x0};
  std::thread worker([&] {
    std::vector<std::vector<double>> hoard;
    for (;;) hoard.emplace_back(1 << 20, f(x0));
  });
  worker.join();
  (void)lr; (void)steps;
  return path;
}

}  // namespace exercises
