// A hostile submission: raises its own address-space limit, then allocates and touches 1 GB.
// Why: the sandbox's limits must be hard limits, beyond the program's reach.
#include "gd_1d.hpp"

#include <sys/resource.h>

#include <vector>

namespace exercises {

std::vector<double> gd_1d(const gdlab::Function1D& f, double x0, double lr, int steps) {
  rlimit unlimited{RLIM_INFINITY, RLIM_INFINITY};
  setrlimit(RLIMIT_AS, &unlimited);
  setrlimit(RLIMIT_DATA, &unlimited);
  rlimit now{};
  if (getrlimit(RLIMIT_AS, &now) == 0) {
    now.rlim_cur = now.rlim_max;
    setrlimit(RLIMIT_AS, &now);
  }
  std::vector<char> hoard(std::size_t{1} << 30, 1);  // 1 GB, every byte written
  std::vector<double> path{x0};
  for (int k = 0; k < steps; ++k) path.push_back(path.back() - lr * f.derivative(path.back()) + hoard[k] * 0);
  return path;
}

}  // namespace exercises
