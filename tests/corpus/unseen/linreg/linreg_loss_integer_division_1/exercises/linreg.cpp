#include "linreg.hpp"

namespace exercises {

double mse_loss(const gdlab::Matrix& X, const gdlab::Vector& y, const gdlab::Vector& beta) {
  auto r = X * beta - y;
  return (1 / X.rows()) * r.squaredNorm();
}

gdlab::Vector mse_gradient(const gdlab::Matrix& X, const gdlab::Vector& y,
                           const gdlab::Vector& beta) {
  auto r = X * beta - y;
  return (2.0 / X.rows()) * X.transpose() * r;
}

gdlab::Path linreg_gd(const gdlab::Matrix& X, const gdlab::Vector& y, double lr, int steps) {
  gdlab::Vector beta = gdlab::Vector::Zero(X.cols());
  gdlab::Path p{beta};
  for (int k = 0; k < steps; ++k) {
    beta = beta - lr * mse_gradient(X, y, beta);
    p.push_back(beta);
  }
  return p;
}

}  // namespace exercises
