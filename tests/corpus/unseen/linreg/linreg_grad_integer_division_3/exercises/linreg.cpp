#include <iostream>
#include <vector>

#include "linreg.hpp"

namespace exercises {

double mse_loss(const gdlab::Matrix& X, const gdlab::Vector& y, const gdlab::Vector& beta) {
  const int n = static_cast<int>(X.rows());
  double sum = 0;
  for (int i = 0; i < n; ++i) {
    double yhat = 0;
    for (int j = 0; j < X.cols(); ++j) yhat += X(i, j) * beta[j];
    sum += (yhat - y[i]) * (yhat - y[i]);
  }
  return sum / n;
}

gdlab::Vector mse_gradient(const gdlab::Matrix& X, const gdlab::Vector& y,
                           const gdlab::Vector& beta) {
  const int n = static_cast<int>(X.rows());
  const int p = static_cast<int>(X.cols());
  std::vector<double> g(p, 0.0);
  for (int i = 0; i < n; ++i) {
    double yhat = 0;
    for (int j = 0; j < p; ++j) yhat += X(i, j) * beta[j];
    const double r = yhat - y[i];
    for (int j = 0; j < p; ++j) g[j] += r * X(i, j);
  }
  gdlab::Vector out(p);
  for (int j = 0; j < p; ++j) out[j] = (2 / n) * g[j];
  return out;
}

gdlab::Path linreg_gd(const gdlab::Matrix& X, const gdlab::Vector& y, double lr, int steps) {
  gdlab::Vector beta = gdlab::Vector::Zero(X.cols());
  gdlab::Path path;
  path.push_back(beta);
  for (int k = 0; k < steps; ++k) {
    gdlab::Vector g = mse_gradient(X, y, beta);
    for (int j = 0; j < beta.size(); ++j) beta[j] -= lr * g[j];
    path.push_back(beta);
  }
  return path;
}

}  // namespace exercises
