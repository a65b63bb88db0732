// Exercise 4 — Linear regression from scratch (Chapter 6, Problem 5)
//
// Data: X is n x p (one row x_i per example), y has n targets. The model predicts X beta.
//
//     residual r = X beta - y                       (n numbers)
//     L(beta)    = (1/n) sum_i r_i^2                (the mean of the squared residuals)
//     grad L     = (2/n) X^T r                      (p numbers)
//     beta_{k+1} = beta_k - alpha * grad L(beta_k), starting from beta_0 = 0
//
// Three functions, graded separately: a mistake in the loss does not cost you the loop.
// With Eigen, X * beta, X.transpose() * r, r.squaredNorm() and X.rows() do what they say.
// The book's data is gdlab::problem5(): n = 200, p = 3, alpha = 0.05, 200 steps; the tests
// also use other sizes.
//
// Return every iterate {beta_0, ..., beta_steps} from linreg_gd.
//
// Hint: the 2 and the 1/n are both part of the gradient. n is a count of examples: make sure
// 2/n is not computed in integer arithmetic.
#include "linreg.hpp"

namespace exercises {

double mse_loss(const gdlab::Matrix& X, const gdlab::Vector& y, const gdlab::Vector& beta) {
  // BEGIN SOLUTION
  // STUB: gdlab::todo("mse_loss");
  const gdlab::Vector residual = X * beta - y;
  return residual.squaredNorm() / static_cast<double>(X.rows());
  // END SOLUTION
}

gdlab::Vector mse_gradient(const gdlab::Matrix& X, const gdlab::Vector& y,
                           const gdlab::Vector& beta) {
  // BEGIN SOLUTION
  // STUB: gdlab::todo("mse_gradient");
  const gdlab::Vector residual = X * beta - y;
  return (2.0 / static_cast<double>(X.rows())) * (X.transpose() * residual);
  // END SOLUTION
}

gdlab::Path linreg_gd(const gdlab::Matrix& X, const gdlab::Vector& y, double lr, int steps) {
  // BEGIN SOLUTION
  // STUB: gdlab::todo("linreg_gd");
  gdlab::Vector beta = gdlab::Vector::Zero(X.cols());
  gdlab::Path path{beta};
  for (int step = 0; step < steps; ++step) {
    beta = beta - lr * mse_gradient(X, y, beta);
    path.push_back(beta);
  }
  return path;
  // END SOLUTION
}

}  // namespace exercises
