#include "linreg.hpp"

namespace exercises {

double mse_loss(const gdlab::Matrix& X, const gdlab::Vector& y, const gdlab::Vector& beta) {
  gdlab::Vector residual = X * beta - y;
  return residual.squaredNorm();
}

gdlab::Vector mse_gradient(const gdlab::Matrix& X, const gdlab::Vector& y,
                           const gdlab::Vector& beta) {
  gdlab::Vector residual = X * beta - y;
  double n = X.rows();
  return (2.0 / n) * (X.transpose() * residual);
}

gdlab::Path linreg_gd(const gdlab::Matrix& X, const gdlab::Vector& y, double lr, int steps) {
  gdlab::Vector beta = gdlab::Vector::Zero(X.cols());
  gdlab::Path path = {beta};
  for (int step = 0; step < steps; ++step) {
    gdlab::Vector g = mse_gradient(X, y, beta);
    beta -= lr * g;
    path.push_back(beta);
  }
  return path;
}

}  // namespace exercises
