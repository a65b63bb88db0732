// linear regression with plain gradient descent
#include "linreg.hpp"

namespace exercises {

// L = (1/n) * ||X beta - y||^2
double mse_loss(const gdlab::Matrix& X, const gdlab::Vector& y, const gdlab::Vector& beta) {
  double n = (double)X.rows();
  return (X * beta - y).norm() / n;
}

// grad = (2/n) X^T (X beta - y)
gdlab::Vector mse_gradient(const gdlab::Matrix& X, const gdlab::Vector& y,
                           const gdlab::Vector& beta) {
  double n = (double)X.rows();
  gdlab::Vector r = X * beta - y;
  gdlab::Vector g = X.transpose() * r;
  g *= 2.0 / n;
  return g;
}

gdlab::Path linreg_gd(const gdlab::Matrix& X, const gdlab::Vector& y, double lr, int steps) {
  gdlab::Path path;
  gdlab::Vector beta(X.cols());
  beta.setZero();
  path.push_back(beta);
  for (int k = 0; k < steps; ++k) {
    gdlab::Vector g = mse_gradient(X, y, beta);
    beta = beta - lr * g;
    path.push_back(beta);
  }
  return path;
}

}  // namespace exercises
