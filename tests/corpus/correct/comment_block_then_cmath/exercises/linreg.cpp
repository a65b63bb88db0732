// Correct: a comment block first, then <cmath> as the first include; the loss uses
// std::pow(r, 2) in a loop over the residual.
/* Exercise 4 — linear regression from scratch.
   L(beta) = 1/n sum (x_i . beta - y_i)^2 ;  grad = 2/n X^T (X beta - y) */
#include <cmath>
#include "linreg.hpp"

namespace exercises {

double mse_loss(const gdlab::Matrix& X, const gdlab::Vector& y, const gdlab::Vector& beta) {
  const gdlab::Vector r = X * beta - y;
  double s = 0;
  for (gdlab::Index i = 0; i < r.size(); ++i) s += std::pow(r(i), 2);
  return s / static_cast<double>(r.size());
}

gdlab::Vector mse_gradient(const gdlab::Matrix& X, const gdlab::Vector& y,
                           const gdlab::Vector& beta) {
  const double n = static_cast<double>(X.rows());
  return 2.0 * X.transpose() * (X * beta - y) / n;
}

gdlab::Path linreg_gd(const gdlab::Matrix& X, const gdlab::Vector& y, double lr, int steps) {
  gdlab::Path path(1, gdlab::Vector::Zero(X.cols()));
  for (int k = 0; k < steps; ++k) path.push_back(path.back() - lr * mse_gradient(X, y, path.back()));
  return path;
}

}  // namespace exercises
