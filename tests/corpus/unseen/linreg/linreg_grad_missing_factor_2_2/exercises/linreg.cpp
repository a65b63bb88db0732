#include "linreg.hpp"

namespace exercises {

double mse_loss(const gdlab::Matrix& X, const gdlab::Vector& y, const gdlab::Vector& beta) {
  const auto n = X.rows();
  double acc = 0.0;
  for (gdlab::Index i = 0; i < n; ++i) {
    const double e = X.row(i).dot(beta) - y(i);
    acc += e * e;
  }
  return acc / static_cast<double>(n);
}

gdlab::Vector mse_gradient(const gdlab::Matrix& X, const gdlab::Vector& y,
                           const gdlab::Vector& beta) {
  const auto n = X.rows();
  const auto p = X.cols();
  gdlab::Vector grad = gdlab::Vector::Zero(p);
  for (gdlab::Index i = 0; i < n; ++i) {
    const double e = X.row(i).dot(beta) - y(i);
    for (gdlab::Index j = 0; j < p; ++j) {
      grad(j) += e * X(i, j);
    }
  }
  for (gdlab::Index j = 0; j < p; ++j) grad(j) /= static_cast<double>(n);
  return grad;
}

gdlab::Path linreg_gd(const gdlab::Matrix& X, const gdlab::Vector& y, double lr, int steps) {
  gdlab::Vector beta = gdlab::Vector::Zero(X.cols());
  gdlab::Path path;
  path.push_back(beta);
  for (int k = 0; k < steps; ++k) {
    const gdlab::Vector g = mse_gradient(X, y, beta);
    beta -= lr * g;
    path.push_back(beta);
  }
  return path;
}

}  // namespace exercises
