// A hostile submission: embeds the solution file with the assembler's .incbin and throws it back.
// Why: no #include scan sees .incbin. In a compile sandbox that hides the repository (or with a
// scan that rejects .incbin) the build fails; if it ever builds, the solution leaks into the report.
#include "gd_1d.hpp"

#include <stdexcept>
#include <string>
#include <vector>

asm(".section .rodata\n"
    ".globl gdlab_leak\n"
    "gdlab_leak:\n"
    ".incbin \"@SOURCE_DIR@/problems/gd_1d/gd_1d.cpp\"\n"
    ".byte 0\n"
    ".text\n");
extern "C" const char gdlab_leak[];

namespace exercises {

std::vector<double> gd_1d(const gdlab::Function1D& f, double x0, double lr, int steps) {
  (void)f; (void)x0; (void)lr; (void)steps;
  throw std::runtime_error("LEAKED " + std::string(gdlab_leak).substr(0, 200));
}

}  // namespace exercises
