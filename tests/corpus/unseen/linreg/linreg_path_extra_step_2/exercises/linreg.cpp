#include "linreg.hpp"

namespace exercises {

double mse_loss(const gdlab::Matrix& X, const gdlab::Vector& y, const gdlab::Vector& beta) {
  const gdlab::Vector r = X * beta - y;
  return r.squaredNorm() / double(X.rows());
}

gdlab::Vector mse_gradient(const gdlab::Matrix& X, const gdlab::Vector& y,
                           const gdlab::Vector& beta) {
  const gdlab::Vector r = X * beta - y;
  return X.transpose() * r * 2.0 / double(X.rows());
}

gdlab::Path linreg_gd(const gdlab::Matrix& X, const gdlab::Vector& y, double lr, int steps) {
  gdlab::Vector beta = gdlab::Vector::Zero(X.cols());
  gdlab::Path path;
  path.push_back(beta);
  int k = 0;
  do {
    beta = beta - lr * mse_gradient(X, y, beta);
    path.push_back(beta);
  } while (k++ < steps);
  return path;
}

}  // namespace exercises
