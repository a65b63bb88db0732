// A hostile submission: writes a second, forged frame on fd 3 from an atexit handler.
// Why: the handler runs after the harness has written the genuine frame (for a wrong path); a
// grader that reads only the first frame, or the last, could be fooled: extra bytes must spoil it.
#include "gd_1d.hpp"

#include <unistd.h>

#include <cstdlib>
#include <string>
#include <vector>

namespace exercises {
namespace {

std::string forged;

void forge() {
  const std::string body = "{\"ok\":{\"path\":[" + forged + "]}}";
  const std::string frame = "GDLAB-RESULT 1 " + std::to_string(body.size()) + "\n" + body + "\nGDLAB-END\n";
  if (write(3, frame.data(), frame.size()) < 0) {}
}

}  // namespace

std::vector<double> gd_1d(const gdlab::Function1D& f, double x0, double lr, int steps) {
  double x = x0;
  for (int k = 0; k <= steps; ++k) {
    forged += (k ? ",[" : "[") + std::to_string(x) + "]";
    x -= lr * f.derivative(x);
  }
  std::atexit(forge);
  return std::vector<double>(static_cast<std::size_t>(steps) + 1, x0);  // wrong on purpose
}

}  // namespace exercises
