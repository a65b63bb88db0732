#include "linreg.hpp"

#include <cmath>

namespace exercises {

double mse_loss(const gdlab::Matrix& X, const gdlab::Vector& y, const gdlab::Vector& beta) {
  double total = 0.0;
  for (gdlab::Index i = 0; i < X.rows(); ++i) {
    double pred = 0.0;
    for (gdlab::Index j = 0; j < X.cols(); ++j) pred += X(i, j) * beta(j);
    double e = pred - y(i);
    total += e * e;
  }
  return 0.5 * total / static_cast<double>(X.rows());
}

gdlab::Vector mse_gradient(const gdlab::Matrix& X, const gdlab::Vector& y,
                           const gdlab::Vector& beta) {
  gdlab::Vector g = gdlab::Vector::Zero(X.cols());
  for (gdlab::Index i = 0; i < X.rows(); ++i) {
    double pred = 0.0;
    for (gdlab::Index j = 0; j < X.cols(); ++j) pred += X(i, j) * beta(j);
    double e = pred - y(i);
    for (gdlab::Index j = 0; j < X.cols(); ++j) g(j) += e * X(i, j);
  }
  return g * (2.0 / static_cast<double>(X.rows()));
}

gdlab::Path linreg_gd(const gdlab::Matrix& X, const gdlab::Vector& y, double lr, int steps) {
  gdlab::Vector beta = gdlab::Vector::Zero(X.cols());
  gdlab::Path out{beta};
  for (int s = 1; s <= steps; ++s) {
    gdlab::Vector g = mse_gradient(X, y, beta);
    for (gdlab::Index j = 0; j < beta.size(); ++j) beta(j) -= lr * g(j);
    out.push_back(beta);
  }
  return out;
}

}  // namespace exercises
