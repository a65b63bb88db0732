// Exercise 4
#include "linreg.hpp"

#include <iostream>

namespace exercises {

double mse_loss(const gdlab::Matrix& X, const gdlab::Vector& y, const gdlab::Vector& beta) {
  double total = 0.0;
  for (gdlab::Index i = 0; i < X.rows(); ++i) {
    const double r = X.row(i) * beta - y(i);
    total += r * r;
  }
  return total / static_cast<double>(X.rows());
}

gdlab::Vector mse_gradient(const gdlab::Matrix& X, const gdlab::Vector& y,
                           const gdlab::Vector& beta) {
  gdlab::Vector r = X * beta - y;
  return X.transpose() * r * (2.0 / static_cast<double>(X.rows()));
}

gdlab::Path linreg_gd(const gdlab::Matrix& X, const gdlab::Vector& y, double lr, int steps) {
  gdlab::Path betas;
  gdlab::Vector beta = gdlab::Vector::Zero(X.cols());
  for (int step = 1; step <= steps; ++step) {
    auto grad = mse_gradient(X, y, beta);
    beta -= lr * grad;
    betas.push_back(beta);
    if (step % 20 == 0) {
      std::cerr << "step " << step << ": loss = " << mse_loss(X, y, beta) << '\n';
    }
  }
  return betas;
}

}  // namespace exercises
