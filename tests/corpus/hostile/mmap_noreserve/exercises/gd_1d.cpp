// A hostile submission: maps 1 GB with MAP_NORESERVE and touches every page.
// Why: MAP_NORESERVE skips the overcommit check; the address-space limit must count it anyway.
// A failed mapping is reported as bad_alloc, as an allocator would.
#include "gd_1d.hpp"

#include <sys/mman.h>

#include <new>
#include <vector>

namespace exercises {

std::vector<double> gd_1d(const gdlab::Function1D& f, double x0, double lr, int steps) {
  const std::size_t size = std::size_t{1} << 30;
  void* p = mmap(nullptr, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (p == MAP_FAILED) throw std::bad_alloc();
  volatile char* bytes = static_cast<char*>(p);
  for (std::size_t i = 0; i < size; i += 4096) bytes[i] = 1;
  std::vector<double> path{x0};
  for (int k = 0; k < steps; ++k) path.push_back(path.back() - lr * f.derivative(path.back()) + bytes[k] * 0);
  return path;
}

}  // namespace exercises
