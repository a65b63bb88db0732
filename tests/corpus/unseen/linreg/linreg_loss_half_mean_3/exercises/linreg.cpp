#include "linreg.hpp"

namespace exercises {

double mse_loss(const gdlab::Matrix& X, const gdlab::Vector& y, const gdlab::Vector& beta) {
  return (X * beta - y).array().square().mean() / 2;
}

gdlab::Vector mse_gradient(const gdlab::Matrix& X, const gdlab::Vector& y,
                           const gdlab::Vector& beta) {
  return 2.0 * X.transpose() * (X * beta - y) / double(X.rows());
}

gdlab::Path linreg_gd(const gdlab::Matrix& X, const gdlab::Vector& y, double lr, int steps) {
  gdlab::Path path;
  path.reserve(steps + 1);
  path.emplace_back(gdlab::Vector::Zero(X.cols()));
  for (int i = 0; i < steps; i++) path.push_back(path.back() - lr * mse_gradient(X, y, path.back()));
  return path;
}

}  // namespace exercises
