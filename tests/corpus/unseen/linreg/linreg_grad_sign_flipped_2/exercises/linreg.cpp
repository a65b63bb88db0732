#include "linreg.hpp"

namespace exercises {

namespace {
double predict_row(const gdlab::Matrix& X, gdlab::Index i, const gdlab::Vector& beta) {
  return X.row(i).dot(beta);
}
}  // namespace

double mse_loss(const gdlab::Matrix& X, const gdlab::Vector& y, const gdlab::Vector& beta) {
  double s = 0;
  for (gdlab::Index i = 0; i < X.rows(); ++i) {
    double d = predict_row(X, i, beta) - y(i);
    s += d * d;
  }
  return s / X.rows();
}

gdlab::Vector mse_gradient(const gdlab::Matrix& X, const gdlab::Vector& y,
                           const gdlab::Vector& beta) {
  gdlab::Vector g = gdlab::Vector::Zero(beta.size());
  for (gdlab::Index i = 0; i < X.rows(); ++i) {
    double d = y(i) - predict_row(X, i, beta);
    g += d * X.row(i).transpose();
  }
  return (2.0 / X.rows()) * g;
}

gdlab::Path linreg_gd(const gdlab::Matrix& X, const gdlab::Vector& y, double lr, int steps) {
  gdlab::Vector beta = gdlab::Vector::Zero(X.cols());
  gdlab::Path path;
  path.push_back(beta);
  for (int k = 0; k < steps; ++k) {
    beta -= lr * mse_gradient(X, y, beta);
    path.push_back(beta);
  }
  return path;
}

}  // namespace exercises
