#include "linreg.hpp"

#include <vector>

namespace exercises {

double mse_loss(const gdlab::Matrix& X, const gdlab::Vector& y, const gdlab::Vector& beta) {
  const gdlab::Vector residual = X * beta - y;
  return residual.squaredNorm() / static_cast<double>(X.rows());
}

gdlab::Vector mse_gradient(const gdlab::Matrix& X, const gdlab::Vector& y,
                           const gdlab::Vector& beta) {
  const gdlab::Vector residual = X * beta - y;
  const double n = static_cast<double>(X.rows());
  return (2.0 / n) * X.transpose() * residual;
}

gdlab::Path linreg_gd(const gdlab::Matrix& X, const gdlab::Vector& y, double lr, int steps) {
  std::vector<gdlab::Vector> iterates;
  iterates.reserve(steps);
  gdlab::Vector theta = gdlab::Vector::Zero(X.cols());
  int k = 0;
  while (k < steps) {
    iterates.push_back(theta);
    const gdlab::Vector g = mse_gradient(X, y, theta);
    theta -= lr * g;
    ++k;
  }
  return iterates;
}

}  // namespace exercises
