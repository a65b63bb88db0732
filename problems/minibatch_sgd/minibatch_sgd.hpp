// Exercise 8: mini-batch stochastic gradient descent (Chapter 6, §5).
#pragma once

#include "gdlab/core.hpp"

namespace exercises {

// Mini-batch SGD on L(beta) = 1/n sum_i (x_i^T beta - y_i)^2 (no intercept), from beta = 0.
// One generator gdlab::RandomState rng(seed), made once; each epoch takes rng.permutation(n)
// and walks through it in batches of batch_size consecutive rows (the last may be shorter).
// Each batch b of B rows makes one step
//   beta <- beta - lr * (2 / B) * X_b^T (X_b beta - y_b).
// Returns every iterate {beta_0 = 0, beta_1, ...}: one point per step, the start included.
gdlab::Path sgd(const gdlab::Matrix& X, const gdlab::Vector& y, double lr, int batch_size,
                int epochs, int seed);

}  // namespace exercises
