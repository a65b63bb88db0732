// Correct: the gradient expanded as 2/n (X^T X beta - X^T y), with X^T X and X^T y computed
// once before the loop (the "normal equations" form from the previous chapter).
#include "linreg.hpp"

namespace exercises {

double mse_loss(const gdlab::Matrix& X, const gdlab::Vector& y, const gdlab::Vector& beta) {
  const double n = static_cast<double>(X.rows());
  // |X beta - y|^2 = (X beta - y).(X beta - y)
  const gdlab::Vector r = X * beta - y;
  return r.dot(r) / n;
}

gdlab::Vector mse_gradient(const gdlab::Matrix& X, const gdlab::Vector& y,
                           const gdlab::Vector& beta) {
  const double n = static_cast<double>(X.rows());
  return 2.0 / n * (X.transpose() * X * beta - X.transpose() * y);
}

gdlab::Path linreg_gd(const gdlab::Matrix& X, const gdlab::Vector& y, double lr, int steps) {
  const double n = static_cast<double>(X.rows());
  const gdlab::Matrix XtX = X.transpose() * X;
  const gdlab::Vector Xty = X.transpose() * y;
  gdlab::Vector beta = gdlab::Vector::Zero(X.cols());
  gdlab::Path path{beta};
  for (int step = 0; step < steps; ++step) {
    beta -= lr * (2.0 / n) * (XtX * beta - Xty);
    path.push_back(beta);
  }
  return path;
}

}  // namespace exercises
