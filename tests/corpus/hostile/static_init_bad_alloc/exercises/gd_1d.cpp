// A broken submission: a static initialiser asks for more memory than the limit allows.
// Why: the std::bad_alloc is thrown before main, so nothing catches it; it must still be told
// "memory limit", not "crashed with SIGABRT".
#include "gd_1d.hpp"

#include <vector>

namespace exercises {
namespace {

std::vector<double> table(std::size_t{1} << 30, 1.0);  // 8 GB

}  // namespace

std::vector<double> gd_1d(const gdlab::Function1D& f, double x0, double lr, int steps) {
  (void)f; (void)lr; (void)steps;
  return {x0, table[0]};
}

}  // namespace exercises
