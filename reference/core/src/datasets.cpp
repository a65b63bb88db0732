#include "gdlab/datasets.hpp"

#include <fmt/format.h>

#include "gdlab/random.hpp"

namespace gdlab {

Dataset rolling_downhill(std::uint32_t seed, Index n, double w, double b, double noise) {
  RandomState rng(seed);
  Dataset d;
  d.name = fmt::format("rolling downhill (seed {}, n = {})", seed, n);
  d.X.resize(n, 1);
  for (Index i = 0; i < n; ++i) d.X(i, 0) = static_cast<double>(i + 1);
  const Vector e = rng.randn(n);
  d.y.resize(n);
  // Same order of operations as numpy: (w * X + b) + (randn * noise).
  for (Index i = 0; i < n; ++i) d.y(i) = (w * d.X(i, 0) + b) + e(i) * noise;
  return d;
}

Dataset synthetic_linear(std::uint32_t seed, Index n, const Vector& true_beta, double noise) {
  RandomState rng(seed);
  Dataset d;
  d.name = fmt::format("synthetic linear (seed {}, n = {}, p = {})", seed, n, true_beta.size());
  d.X = rng.randn(n, true_beta.size());
  const Vector e = rng.randn(n);
  d.y = d.X * true_beta;
  for (Index i = 0; i < n; ++i) d.y(i) += noise * e(i);
  return d;
}

Vector problem5_true_beta() { return Vector{{1.5, -2.0, 0.7}}; }

Dataset problem5(std::uint32_t seed, Index n) {
  Dataset d = synthetic_linear(seed, n, problem5_true_beta(), 0.1);
  d.name = fmt::format("problem 5 (seed {}, n = {})", seed, n);
  return d;
}

}  // namespace gdlab
