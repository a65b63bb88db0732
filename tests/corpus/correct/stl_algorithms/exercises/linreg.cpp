// Correct: std::inner_product for each residual and std::accumulate / std::transform for the
// sums, over the rows copied into std::vector<double>.
#include "linreg.hpp"

#include <algorithm>
#include <numeric>

namespace exercises {

namespace {

std::vector<double> residual(const gdlab::Matrix& X, const gdlab::Vector& y, const gdlab::Vector& beta) {
  std::vector<double> r(static_cast<std::size_t>(X.rows()));
  for (gdlab::Index i = 0; i < X.rows(); ++i) {
    const gdlab::Vector row = X.row(i).transpose();
    r[static_cast<std::size_t>(i)] = std::inner_product(row.data(), row.data() + row.size(), beta.data(), 0.0) - y(i);
  }
  return r;
}

}  // namespace

double mse_loss(const gdlab::Matrix& X, const gdlab::Vector& y, const gdlab::Vector& beta) {
  const std::vector<double> r = residual(X, y, beta);
  const double ss = std::accumulate(r.begin(), r.end(), 0.0, [](double acc, double e) { return acc + e * e; });
  return ss / static_cast<double>(r.size());
}

gdlab::Vector mse_gradient(const gdlab::Matrix& X, const gdlab::Vector& y,
                           const gdlab::Vector& beta) {
  const std::vector<double> r = residual(X, y, beta);
  gdlab::Vector g(X.cols());
  for (gdlab::Index j = 0; j < X.cols(); ++j) {
    const gdlab::Vector col = X.col(j);
    g(j) = 2.0 * std::inner_product(r.begin(), r.end(), col.data(), 0.0) / static_cast<double>(r.size());
  }
  return g;
}

gdlab::Path linreg_gd(const gdlab::Matrix& X, const gdlab::Vector& y, double lr, int steps) {
  gdlab::Path path;
  path.reserve(static_cast<std::size_t>(std::max(steps, 0)) + 1);
  gdlab::Vector beta = gdlab::Vector::Zero(X.cols());
  path.push_back(beta);
  for (int k = 0; k < steps; ++k) {
    const gdlab::Vector g = mse_gradient(X, y, beta);
    std::transform(beta.data(), beta.data() + beta.size(), g.data(), beta.data(),
                   [lr](double b, double gj) { return b - lr * gj; });
    path.push_back(beta);
  }
  return path;
}

}  // namespace exercises
