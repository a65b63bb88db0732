#include "linreg.hpp"

namespace exercises {

double mse_loss(const gdlab::Matrix& X, const gdlab::Vector& y, const gdlab::Vector& beta) {
  return (X * beta - y).squaredNorm() / double(X.rows());
}

gdlab::Vector mse_gradient(const gdlab::Matrix& X, const gdlab::Vector& y,
                           const gdlab::Vector& beta) {
  const double scale = 2 / X.rows();
  return scale * X.transpose() * (X * beta - y);
}

gdlab::Path linreg_gd(const gdlab::Matrix& X, const gdlab::Vector& y, double lr, int steps) {
  gdlab::Path path{gdlab::Vector::Zero(X.cols())};
  for (int k = 0; k < steps; ++k) {
    gdlab::Vector next = path.back() - lr * mse_gradient(X, y, path.back());
    path.push_back(next);
  }
  return path;
}

}  // namespace exercises
