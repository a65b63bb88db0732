#include "linreg.hpp"

namespace exercises {

double mse_loss(const gdlab::Matrix& X, const gdlab::Vector& y, const gdlab::Vector& beta) {
  const gdlab::Vector r = X * beta - y;
  return r.norm() / static_cast<double>(X.rows());
}

gdlab::Vector mse_gradient(const gdlab::Matrix& X, const gdlab::Vector& y,
                           const gdlab::Vector& beta) {
  const gdlab::Vector r = X * beta - y;
  return (2.0 / static_cast<double>(X.rows())) * (X.transpose() * r);
}

gdlab::Path linreg_gd(const gdlab::Matrix& X, const gdlab::Vector& y, double lr, int steps) {
  gdlab::Vector beta = gdlab::Vector::Zero(X.cols());
  gdlab::Path iterates{beta};
  while (static_cast<int>(iterates.size()) <= steps) {
    beta -= lr * mse_gradient(X, y, beta);
    iterates.push_back(beta);
  }
  return iterates;
}

}  // namespace exercises
