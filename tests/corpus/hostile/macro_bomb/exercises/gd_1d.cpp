// A hostile submission: a preprocessor bomb, a macro argument doubled 30 times (2^30 tokens).
// Why: arguments are expanded in full before substitution, so the preprocessor must hold them
// all in memory: the compile limits must stop it.
#include "gd_1d.hpp"

#include <vector>

#define A1(x) x + x
#define A2(x) A1(A1(x))
#define A3(x) A1(A2(x))
#define A4(x) A1(A3(x))
#define A5(x) A1(A4(x))
#define A6(x) A1(A5(x))
#define A7(x) A1(A6(x))
#define A8(x) A1(A7(x))
#define A9(x) A1(A8(x))
#define A10(x) A1(A9(x))
#define A11(x) A1(A10(x))
#define A12(x) A1(A11(x))
#define A13(x) A1(A12(x))
#define A14(x) A1(A13(x))
#define A15(x) A1(A14(x))
#define A16(x) A1(A15(x))
#define A17(x) A1(A16(x))
#define A18(x) A1(A17(x))
#define A19(x) A1(A18(x))
#define A20(x) A1(A19(x))
#define A21(x) A1(A20(x))
#define A22(x) A1(A21(x))
#define A23(x) A1(A22(x))
#define A24(x) A1(A23(x))
#define A25(x) A1(A24(x))
#define A26(x) A1(A25(x))
#define A27(x) A1(A26(x))
#define A28(x) A1(A27(x))
#define A29(x) A1(A28(x))
#define A30(x) A1(A29(x))

namespace exercises {

std::vector<double> gd_1d(const gdlab::Function1D& f, double x0, double lr, int steps) {
  const double boom = A30(1.0);
  return {x0, lr * f.derivative(x0), double(steps), boom};
}

}  // namespace exercises
