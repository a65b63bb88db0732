// The course's datasets, made exactly as its numpy code makes them.
#pragma once

#include <cstdint>
#include <string>

#include "gdlab/types.hpp"

namespace gdlab {

struct Dataset {
  std::string name;
  Matrix X;  // one row per example
  Vector y;
};

// "Rolling Downhill": np.random.seed(seed); X = [1..n]; y = w*X + b + noise * randn(n).
// The text's data is rolling_downhill() (seed 42, n = 10, w = 2.5, b = 5, noise 2).
Dataset rolling_downhill(std::uint32_t seed = 42, Index n = 10, double w = 2.5, double b = 5.0, double noise = 2.0);

// Chapter 6, Problem 5: np.random.seed(seed); X = randn(n, p); y = X @ beta + noise * randn(n).
// The text's data is problem5() (seed 42, n = 200, beta = (1.5, -2.0, 0.7), noise 0.1).
Dataset synthetic_linear(std::uint32_t seed, Index n, const Vector& true_beta, double noise);
Dataset problem5(std::uint32_t seed = 42, Index n = 200);
Vector problem5_true_beta();  // (1.5, -2.0, 0.7)

}  // namespace gdlab
