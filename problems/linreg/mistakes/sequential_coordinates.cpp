// mistake: coordinates updated one after the other, each with the gradient at the point already moved
// hint: compute the whole gradient at theta first, then move every coordinate with it
#include "linreg.hpp"

namespace exercises {

double mse_loss(const gdlab::Matrix& X, const gdlab::Vector& y, const gdlab::Vector& beta) {
  const gdlab::Vector residual = X * beta - y;
  return residual.squaredNorm() / static_cast<double>(X.rows());
}

gdlab::Vector mse_gradient(const gdlab::Matrix& X, const gdlab::Vector& y,
                           const gdlab::Vector& beta) {
  const gdlab::Vector residual = X * beta - y;
  return (2.0 / static_cast<double>(X.rows())) * (X.transpose() * residual);
}

gdlab::Path linreg_gd(const gdlab::Matrix& X, const gdlab::Vector& y, double lr, int steps) {
  gdlab::Vector beta = gdlab::Vector::Zero(X.cols());
  gdlab::Path path{beta};
  for (int step = 0; step < steps; ++step) {
    for (gdlab::Index i = 0; i < beta.size(); ++i) beta(i) = beta(i) - lr * mse_gradient(X, y, beta)(i);
    path.push_back(beta);
  }
  return path;
}

}  // namespace exercises
