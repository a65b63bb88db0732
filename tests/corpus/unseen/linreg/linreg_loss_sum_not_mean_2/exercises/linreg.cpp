#include <bits/stdc++.h>
#include "linreg.hpp"

using namespace std;

namespace exercises {

double mse_loss(const gdlab::Matrix& X, const gdlab::Vector& y, const gdlab::Vector& beta) {
  double loss = 0;
  int n = X.rows();
  for (int i = 0; i < n; i++) {
    double r = X.row(i).dot(beta) - y[i];
    loss += r * r;
  }
  return loss;
}

gdlab::Vector mse_gradient(const gdlab::Matrix& X, const gdlab::Vector& y,
                           const gdlab::Vector& beta) {
  int n = X.rows();
  gdlab::Vector grad = gdlab::Vector::Zero(X.cols());
  for (int i = 0; i < n; i++) {
    double r = X.row(i).dot(beta) - y[i];
    grad += r * X.row(i).transpose();
  }
  return grad * 2.0 / n;
}

gdlab::Path linreg_gd(const gdlab::Matrix& X, const gdlab::Vector& y, double lr, int steps) {
  gdlab::Vector beta = gdlab::Vector::Zero(X.cols());
  gdlab::Path path;
  path.push_back(beta);
  for (int t = 0; t < steps; t++) {
    beta = beta - lr * mse_gradient(X, y, beta);
    path.push_back(beta);
    if (t % 20 == 0) cerr << "step " << t << " loss " << mse_loss(X, y, beta) << "\n";
  }
  return path;
}

}  // namespace exercises
