#include <bits/stdc++.h>
#include "linreg.hpp"
using namespace std;

namespace exercises {

double mse_loss(const gdlab::Matrix& X, const gdlab::Vector& y, const gdlab::Vector& beta) {
  gdlab::Vector res = X * beta - y;
  double n = X.rows();
  return res.dot(res) / n;
}

gdlab::Vector mse_gradient(const gdlab::Matrix& X, const gdlab::Vector& y,
                           const gdlab::Vector& beta) {
  gdlab::Vector res = X * beta - y;
  double n = X.rows();
  return 2.0 / n * X.transpose() * res;
}

gdlab::Path linreg_gd(const gdlab::Matrix& X, const gdlab::Vector& y, double lr, int steps) {
  gdlab::Path path;
  path.reserve(steps);
  gdlab::Vector beta = gdlab::Vector::Zero(X.cols());
  int step = 0;
  while (step < steps) {
    gdlab::Vector g = mse_gradient(X, y, beta);
    beta = beta - lr * g;
    path.push_back(beta);
    ++step;
  }
  return path;
}

}  // namespace exercises
