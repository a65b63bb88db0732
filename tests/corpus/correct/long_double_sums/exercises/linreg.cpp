// Correct: a careful student who sums in long double (more precise than double, not less),
// then rounds each result to double.
#include "linreg.hpp"

namespace exercises {

double mse_loss(const gdlab::Matrix& X, const gdlab::Vector& y, const gdlab::Vector& beta) {
  long double sum = 0;
  for (gdlab::Index i = 0; i < X.rows(); ++i) {
    long double r = -static_cast<long double>(y(i));
    for (gdlab::Index j = 0; j < X.cols(); ++j) r += static_cast<long double>(X(i, j)) * beta(j);
    sum += r * r;
  }
  return static_cast<double>(sum / X.rows());
}

gdlab::Vector mse_gradient(const gdlab::Matrix& X, const gdlab::Vector& y,
                           const gdlab::Vector& beta) {
  std::vector<long double> g(static_cast<std::size_t>(X.cols()), 0.0L);
  for (gdlab::Index i = 0; i < X.rows(); ++i) {
    long double r = -static_cast<long double>(y(i));
    for (gdlab::Index j = 0; j < X.cols(); ++j) r += static_cast<long double>(X(i, j)) * beta(j);
    for (gdlab::Index j = 0; j < X.cols(); ++j) g[static_cast<std::size_t>(j)] += X(i, j) * r;
  }
  gdlab::Vector out(X.cols());
  for (gdlab::Index j = 0; j < X.cols(); ++j) out(j) = static_cast<double>(2.0L * g[static_cast<std::size_t>(j)] / X.rows());
  return out;
}

gdlab::Path linreg_gd(const gdlab::Matrix& X, const gdlab::Vector& y, double lr, int steps) {
  gdlab::Vector beta = gdlab::Vector::Zero(X.cols());
  gdlab::Path path{beta};
  for (int k = 0; k < steps; ++k) {
    beta -= lr * mse_gradient(X, y, beta);
    path.push_back(beta);
  }
  return path;
}

}  // namespace exercises
