// Correct: the sums of the loss and gradient by recursion over the rows, and the training
// loop recursive too.
#include "linreg.hpp"

namespace exercises {

namespace {

double sum_squares(const gdlab::Matrix& X, const gdlab::Vector& y, const gdlab::Vector& beta, gdlab::Index i) {
  if (i == X.rows()) return 0.0;
  const double r = X.row(i).dot(beta) - y(i);
  return r * r + sum_squares(X, y, beta, i + 1);
}

gdlab::Vector sum_rows(const gdlab::Matrix& X, const gdlab::Vector& y, const gdlab::Vector& beta, gdlab::Index i) {
  if (i == X.rows()) return gdlab::Vector::Zero(X.cols());
  const double r = X.row(i).dot(beta) - y(i);
  return X.row(i).transpose() * r + sum_rows(X, y, beta, i + 1);
}

void train(const gdlab::Matrix& X, const gdlab::Vector& y, const gdlab::Vector& beta, double lr, int left,
           gdlab::Path& path) {
  path.push_back(beta);
  if (left == 0) return;
  train(X, y, beta - lr * mse_gradient(X, y, beta), lr, left - 1, path);
}

}  // namespace

double mse_loss(const gdlab::Matrix& X, const gdlab::Vector& y, const gdlab::Vector& beta) {
  return sum_squares(X, y, beta, 0) / static_cast<double>(X.rows());
}

gdlab::Vector mse_gradient(const gdlab::Matrix& X, const gdlab::Vector& y,
                           const gdlab::Vector& beta) {
  return (2.0 / static_cast<double>(X.rows())) * sum_rows(X, y, beta, 0);
}

gdlab::Path linreg_gd(const gdlab::Matrix& X, const gdlab::Vector& y, double lr, int steps) {
  gdlab::Path path;
  train(X, y, gdlab::Vector::Zero(X.cols()), lr, steps, path);
  return path;
}

}  // namespace exercises
