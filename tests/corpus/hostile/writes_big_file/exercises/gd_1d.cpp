// A hostile submission: writes a 10 MB file into its working folder, then answers correctly.
// Why: the file-size limit (1 MB) must stop it, whether by SIGXFSZ or by a failed write.
#include "gd_1d.hpp"

#include <cstdio>
#include <vector>

namespace exercises {

std::vector<double> gd_1d(const gdlab::Function1D& f, double x0, double lr, int steps) {
  if (std::FILE* out = std::fopen("cache.bin", "wb")) {
    const std::vector<char> chunk(1 << 16, 'x');
    for (int i = 0; i < 160; ++i) std::fwrite(chunk.data(), 1, chunk.size(), out);  // errors ignored
    std::fclose(out);
  }
  std::vector<double> path{x0};
  for (int k = 0; k < steps; ++k) path.push_back(path.back() - lr * f.derivative(path.back()));
  return path;
}

}  // namespace exercises
