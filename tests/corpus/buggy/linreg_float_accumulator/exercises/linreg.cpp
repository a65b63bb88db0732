// Wrong: the sums of the loss and the gradient accumulate in float (about 7 digits), so the
// values are off by ~1e-7 relative where the tests ask for 1e-10.
#include "linreg.hpp"

namespace exercises {

double mse_loss(const gdlab::Matrix& X, const gdlab::Vector& y, const gdlab::Vector& beta) {
  float sum = 0.0f;
  for (gdlab::Index i = 0; i < X.rows(); ++i) {
    const double r = X.row(i).dot(beta) - y(i);
    sum += r * r;
  }
  return sum / X.rows();
}

gdlab::Vector mse_gradient(const gdlab::Matrix& X, const gdlab::Vector& y,
                           const gdlab::Vector& beta) {
  gdlab::Vector g(X.cols());
  for (gdlab::Index j = 0; j < X.cols(); ++j) {
    float sum = 0.0f;
    for (gdlab::Index i = 0; i < X.rows(); ++i) sum += X(i, j) * (X.row(i).dot(beta) - y(i));
    g(j) = 2.0 * sum / X.rows();
  }
  return g;
}

gdlab::Path linreg_gd(const gdlab::Matrix& X, const gdlab::Vector& y, double lr, int steps) {
  gdlab::Vector beta = gdlab::Vector::Zero(X.cols());
  gdlab::Path path{beta};
  for (int k = 0; k < steps; ++k) {
    beta = beta - lr * mse_gradient(X, y, beta);
    path.push_back(beta);
  }
  return path;
}

}  // namespace exercises
