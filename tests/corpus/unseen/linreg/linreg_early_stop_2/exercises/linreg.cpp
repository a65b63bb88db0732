#include <bits/stdc++.h>
#include "linreg.hpp"

namespace exercises {

double mse_loss(const gdlab::Matrix& X, const gdlab::Vector& y, const gdlab::Vector& beta) {
  double n = X.rows();
  return (X * beta - y).squaredNorm() / n;
}

gdlab::Vector mse_gradient(const gdlab::Matrix& X, const gdlab::Vector& y,
                           const gdlab::Vector& beta) {
  double n = X.rows();
  return (2 / n) * X.transpose() * (X * beta - y);
}

gdlab::Path linreg_gd(const gdlab::Matrix& X, const gdlab::Vector& y, double lr, int steps) {
  gdlab::Vector beta = gdlab::Vector::Zero(X.cols());
  gdlab::Path path{beta};
  double prev = mse_loss(X, y, beta);
  for (int i = 0; i < steps; i++) {
    beta -= lr * mse_gradient(X, y, beta);
    path.push_back(beta);
    double cur = mse_loss(X, y, beta);
    if (std::abs(prev - cur) < 1e-10) {
      std::cerr << "converged after " << i + 1 << " steps\n";
      break;
    }
    prev = cur;
  }
  return path;
}

}  // namespace exercises
