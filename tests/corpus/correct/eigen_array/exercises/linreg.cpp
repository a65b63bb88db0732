// Correct: Eigen's .array() forms, numpy-like: the loss as .square().mean(), the gradient as
// column-wise means of X * r, and a row-wise broadcast.
#include "linreg.hpp"

namespace exercises {

double mse_loss(const gdlab::Matrix& X, const gdlab::Vector& y, const gdlab::Vector& beta) {
  return ((X * beta).array() - y.array()).square().mean();
}

gdlab::Vector mse_gradient(const gdlab::Matrix& X, const gdlab::Vector& y,
                           const gdlab::Vector& beta) {
  const Eigen::ArrayXd r = (X * beta).array() - y.array();
  // (2/n) X^T r: each feature's column times r, averaged over the rows, times 2.
  return 2.0 * (X.array().colwise() * r).colwise().mean().transpose().matrix();
}

gdlab::Path linreg_gd(const gdlab::Matrix& X, const gdlab::Vector& y, double lr, int steps) {
  Eigen::ArrayXd beta = Eigen::ArrayXd::Zero(X.cols());
  gdlab::Path path{beta.matrix()};
  for (int k = 0; k < steps; ++k) {
    beta -= lr * mse_gradient(X, y, beta.matrix()).array();
    path.push_back(beta.matrix());
  }
  return path;
}

}  // namespace exercises
