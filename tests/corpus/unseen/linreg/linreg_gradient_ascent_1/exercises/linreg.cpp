#include "linreg.hpp"

namespace exercises {

double mse_loss(const gdlab::Matrix& X, const gdlab::Vector& y, const gdlab::Vector& beta) {
  gdlab::Vector r = X * beta - y;
  return r.squaredNorm() / static_cast<double>(X.rows());
}

gdlab::Vector mse_gradient(const gdlab::Matrix& X, const gdlab::Vector& y,
                           const gdlab::Vector& beta) {
  gdlab::Vector r = X * beta - y;
  return (2.0 / static_cast<double>(X.rows())) * (X.transpose() * r);
}

gdlab::Path linreg_gd(const gdlab::Matrix& X, const gdlab::Vector& y, double lr, int steps) {
  gdlab::Vector beta = gdlab::Vector::Zero(X.cols());
  gdlab::Path path{beta};
  for (int k = 0; k < steps; ++k) {
    gdlab::Vector step = lr * mse_gradient(X, y, beta);
    beta += step;
    path.push_back(beta);
  }
  return path;
}

}  // namespace exercises
