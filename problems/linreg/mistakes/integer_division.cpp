// mistake: 2/n computed with integers, which makes it 0
// hint: 2 / n with two ints is 0 for n > 2: make one of them a double
#include "linreg.hpp"

namespace exercises {

double mse_loss(const gdlab::Matrix& X, const gdlab::Vector& y, const gdlab::Vector& beta) {
  const gdlab::Vector residual = X * beta - y;
  return residual.squaredNorm() / static_cast<double>(X.rows());
}

gdlab::Vector mse_gradient(const gdlab::Matrix& X, const gdlab::Vector& y,
                           const gdlab::Vector& beta) {
  const gdlab::Vector residual = X * beta - y;
  return static_cast<double>(2 / X.rows()) * (X.transpose() * residual);
}

gdlab::Path linreg_gd(const gdlab::Matrix& X, const gdlab::Vector& y, double lr, int steps) {
  gdlab::Vector beta = gdlab::Vector::Zero(X.cols());
  gdlab::Path path{beta};
  for (int step = 0; step < steps; ++step) {
    beta = beta - lr * mse_gradient(X, y, beta);
    path.push_back(beta);
  }
  return path;
}

}  // namespace exercises
