#include "linreg.hpp"

namespace exercises {

double mse_loss(const gdlab::Matrix& X, const gdlab::Vector& y, const gdlab::Vector& beta) {
  return (X * beta - y).array().square().sum() / static_cast<double>(X.rows());
}

gdlab::Vector mse_gradient(const gdlab::Matrix& X, const gdlab::Vector& y,
                           const gdlab::Vector& beta) {
  return (2.0 / static_cast<double>(X.rows())) * X.transpose() * (X * beta - y);
}

gdlab::Path linreg_gd(const gdlab::Matrix& X, const gdlab::Vector& y, double lr, int steps) {
  gdlab::Path path(steps);
  gdlab::Vector beta = gdlab::Vector::Zero(X.cols());
  for (int k = 0; k < steps; ++k) {
    beta = beta - lr * mse_gradient(X, y, beta);
    path[k] = beta;
  }
  return path;
}

}  // namespace exercises
