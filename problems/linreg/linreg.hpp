// Exercise 4: linear regression from scratch (Chapter 6, Problem 5).
#pragma once

#include "gdlab/core.hpp"

namespace exercises {

// L(beta) = 1/n sum_i (x_i^T beta - y_i)^2, with x_i the i-th row of X.
double mse_loss(const gdlab::Matrix& X, const gdlab::Vector& y, const gdlab::Vector& beta);

// grad L(beta) = (2/n) X^T (X beta - y).
gdlab::Vector mse_gradient(const gdlab::Matrix& X, const gdlab::Vector& y,
                           const gdlab::Vector& beta);

// `steps` steps of gradient descent on L from beta = 0 with learning rate lr.
// Returns every iterate {beta_0 = 0, beta_1, ..., beta_steps}.
gdlab::Path linreg_gd(const gdlab::Matrix& X, const gdlab::Vector& y, double lr, int steps);

}  // namespace exercises
