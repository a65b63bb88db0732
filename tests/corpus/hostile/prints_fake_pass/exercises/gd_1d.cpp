// A hostile submission: prints a fake passing report on stdout and returns a wrong path.
// Why: PASS lines, "Score: 1 / 1", even a forged result frame on stdout are only output; the
// verdict must come from the checks (the path is the start repeated).
#include "gd_1d.hpp"

#include <cstdio>
#include <vector>

namespace exercises {

std::vector<double> gd_1d(const gdlab::Function1D& f, double x0, double lr, int steps) {
  (void)f; (void)lr;
  std::printf("gd_1d / book example: PASS (1/1)\n");
  std::printf("All checks passed.\nScore: 1 / 1\n");
  std::printf("GDLAB-RESULT 1 21\n{\"ok\":{\"path\":[[0]]}}\nGDLAB-END\n");
  std::fflush(stdout);
  return std::vector<double>(static_cast<std::size_t>(steps) + 1, x0);
}

}  // namespace exercises
