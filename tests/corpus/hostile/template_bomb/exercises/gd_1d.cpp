// A hostile submission: a template bomb, 2^40 distinct instantiations.
// Why: each level instantiates two different children (K doubles), so nothing is shared and the
// compiler runs out of memory or time: the compile limits must stop it.
#include "gd_1d.hpp"

#include <vector>

namespace exercises {

template <int N, unsigned long long K>
struct Bomb {
  static constexpr unsigned long long value = Bomb<N - 1, 2 * K>::value + Bomb<N - 1, 2 * K + 1>::value;
};

template <unsigned long long K>
struct Bomb<0, K> {
  static constexpr unsigned long long value = K & 1;
};

std::vector<double> gd_1d(const gdlab::Function1D& f, double x0, double lr, int steps) {
  return {x0, lr * f.derivative(x0), double(steps), double(Bomb<40, 0>::value)};
}

}  // namespace exercises
