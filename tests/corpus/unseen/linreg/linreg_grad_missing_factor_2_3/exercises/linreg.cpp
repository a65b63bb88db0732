#include <bits/stdc++.h>
#include "linreg.hpp"

namespace exercises {

double mse_loss(const gdlab::Matrix& X, const gdlab::Vector& y, const gdlab::Vector& beta) {
  return (X * beta - y).squaredNorm() / X.rows();
}

gdlab::Vector mse_gradient(const gdlab::Matrix& X, const gdlab::Vector& y,
                           const gdlab::Vector& beta) {
  // derivative of the mean squared error
  return X.transpose() * (X * beta - y) / X.rows();
}

gdlab::Path linreg_gd(const gdlab::Matrix& X, const gdlab::Vector& y, double lr, int steps) {
  gdlab::Vector beta = gdlab::Vector::Zero(X.cols());
  gdlab::Path path{beta};
  for (int i = 0; i < steps; i++) {
    beta = beta - lr * mse_gradient(X, y, beta);
    path.push_back(beta);
  }
  std::cerr << "final loss " << mse_loss(X, y, beta) << std::endl;
  return path;
}

}  // namespace exercises
