// Exercise 4 — Linear regression from scratch
#include "linreg.hpp"

namespace exercises {

double mse_loss(const gdlab::Matrix& X, const gdlab::Vector& y, const gdlab::Vector& beta) {
  const double n = static_cast<double>(X.rows());
  gdlab::Vector r = X * beta - y;
  // 1/(2n) so the 2 cancels when we differentiate
  return r.squaredNorm() / (2.0 * n);
}

gdlab::Vector mse_gradient(const gdlab::Matrix& X, const gdlab::Vector& y,
                           const gdlab::Vector& beta) {
  const double n = static_cast<double>(X.rows());
  gdlab::Vector r = X * beta - y;
  return (2.0 / n) * X.transpose() * r;
}

gdlab::Path linreg_gd(const gdlab::Matrix& X, const gdlab::Vector& y, double lr, int steps) {
  gdlab::Vector beta = gdlab::Vector::Zero(X.cols());
  gdlab::Path path;
  path.push_back(beta);
  for (int k = 0; k < steps; ++k) {
    beta = beta - lr * mse_gradient(X, y, beta);
    path.push_back(beta);
  }
  return path;
}

}  // namespace exercises
