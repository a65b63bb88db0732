#include "gdlab/random.hpp"

#include <cmath>
#include <numeric>

namespace gdlab {

// numpy's legacy seeding of an int is init_genrand, which is std::mt19937's seeding too.
void RandomState::seed(std::uint32_t seed) {
  mt_.seed(seed);
  has_gauss_ = false;
  gauss_ = 0.0;
}

// numpy's legacy_double: 27 + 26 random bits make a 53-bit double in [0, 1).
double RandomState::random_sample() {
  const std::uint32_t a = next_uint32() >> 5, b = next_uint32() >> 6;
  return (a * 67108864.0 + b) / 9007199254740992.0;
}

// numpy's legacy_gauss: the polar method makes two normals; the second is kept for next time.
double RandomState::randn() {
  if (has_gauss_) {
    has_gauss_ = false;
    return gauss_;
  }
  double x1, x2, r2;
  do {
    x1 = 2.0 * random_sample() - 1.0;
    x2 = 2.0 * random_sample() - 1.0;
    r2 = x1 * x1 + x2 * x2;
  } while (r2 >= 1.0 || r2 == 0.0);
  const double f = std::sqrt(-2.0 * std::log(r2) / r2);
  gauss_ = f * x1;
  has_gauss_ = true;
  return f * x2;
}

Vector RandomState::randn(Index n) {
  Vector v(n);
  for (Index i = 0; i < n; ++i) v(i) = randn();
  return v;
}

Matrix RandomState::randn(Index rows, Index cols) {
  Matrix m(rows, cols);
  for (Index i = 0; i < rows; ++i)  // numpy fills in C (row-major) order
    for (Index j = 0; j < cols; ++j) m(i, j) = randn();
  return m;
}

Vector RandomState::random_sample(Index n) {
  Vector v(n);
  for (Index i = 0; i < n; ++i) v(i) = random_sample();
  return v;
}

// numpy's random_interval: mask to the next power of two minus one, reject values above max.
std::uint32_t RandomState::random_interval(std::uint32_t max) {
  if (max == 0) return 0;
  std::uint32_t mask = max;
  for (int shift = 1; shift <= 16; shift *= 2) mask |= mask >> shift;
  std::uint32_t value;
  while ((value = next_uint32() & mask) > max) {
  }
  return value;
}

// numpy's legacy shuffle of arange(n): Fisher-Yates from the end.
std::vector<Index> RandomState::permutation(Index n) {
  std::vector<Index> p(static_cast<std::size_t>(n));
  std::iota(p.begin(), p.end(), Index{0});
  for (Index i = n - 1; i > 0; --i) {
    const auto j = random_interval(static_cast<std::uint32_t>(i));
    std::swap(p[static_cast<std::size_t>(i)], p[j]);
  }
  return p;
}

}  // namespace gdlab
