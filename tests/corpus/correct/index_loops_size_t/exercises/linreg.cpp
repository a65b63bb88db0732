// Correct: linear regression with hand-written loops (rows i, features j, std::size_t), the
// residual computed once per call and 2/n written as 2.0 / n.
#include "linreg.hpp"

#include <cstddef>

namespace exercises {

namespace {

std::vector<double> residuals(const gdlab::Matrix& X, const gdlab::Vector& y, const gdlab::Vector& beta) {
  const auto n = static_cast<std::size_t>(X.rows()), p = static_cast<std::size_t>(X.cols());
  std::vector<double> r(n);
  for (std::size_t i = 0; i < n; ++i) {
    double pred = 0.0;
    for (std::size_t j = 0; j < p; ++j)
      pred += X(static_cast<gdlab::Index>(i), static_cast<gdlab::Index>(j)) * beta[static_cast<gdlab::Index>(j)];
    r[i] = pred - y[static_cast<gdlab::Index>(i)];
  }
  return r;
}

}  // namespace

double mse_loss(const gdlab::Matrix& X, const gdlab::Vector& y, const gdlab::Vector& beta) {
  const std::vector<double> r = residuals(X, y, beta);
  double sum = 0.0;
  for (std::size_t i = 0; i < r.size(); ++i) sum += r[i] * r[i];
  return sum / static_cast<double>(r.size());
}

gdlab::Vector mse_gradient(const gdlab::Matrix& X, const gdlab::Vector& y,
                           const gdlab::Vector& beta) {
  const std::vector<double> r = residuals(X, y, beta);
  const auto n = static_cast<std::size_t>(X.rows()), p = static_cast<std::size_t>(X.cols());
  gdlab::Vector g(X.cols());
  for (std::size_t j = 0; j < p; ++j) {
    double sum = 0.0;
    for (std::size_t i = 0; i < n; ++i) sum += X(static_cast<gdlab::Index>(i), static_cast<gdlab::Index>(j)) * r[i];
    g[static_cast<gdlab::Index>(j)] = 2.0 / static_cast<double>(n) * sum;
  }
  return g;
}

gdlab::Path linreg_gd(const gdlab::Matrix& X, const gdlab::Vector& y, double lr, int steps) {
  gdlab::Vector beta(X.cols());
  for (std::size_t j = 0; j < static_cast<std::size_t>(X.cols()); ++j) beta[static_cast<gdlab::Index>(j)] = 0.0;
  gdlab::Path path{beta};
  for (int k = 0; k < steps; ++k) {
    const gdlab::Vector g = mse_gradient(X, y, beta);
    for (std::size_t j = 0; j < static_cast<std::size_t>(beta.size()); ++j)
      beta[static_cast<gdlab::Index>(j)] -= lr * g[static_cast<gdlab::Index>(j)];
    path.push_back(beta);
  }
  return path;
}

}  // namespace exercises
