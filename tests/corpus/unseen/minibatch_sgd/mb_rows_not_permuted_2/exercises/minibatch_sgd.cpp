#include <bits/stdc++.h>
#include "minibatch_sgd.hpp"

namespace exercises {

gdlab::Path sgd(const gdlab::Matrix& X, const gdlab::Vector& y, double lr, int batch_size,
                int epochs, int seed) {
  const int n = X.rows();
  gdlab::Vector beta = gdlab::Vector::Zero(X.cols());
  gdlab::Path path{beta};
  std::vector<gdlab::Index> order(n);
  std::iota(order.begin(), order.end(), 0);
  for (int e = 0; e < epochs; ++e) {
    for (int s = 0; s < n; s += batch_size) {
      int t = std::min(n, s + batch_size);
      std::vector<gdlab::Index> rows(order.begin() + s, order.begin() + t);
      gdlab::Matrix Xb = X(rows, Eigen::all);
      gdlab::Vector yb = y(rows);
      beta -= lr * (2.0 / (t - s)) * Xb.transpose() * (Xb * beta - yb);
      path.push_back(beta);
    }
  }
  return path;
}

}  // namespace exercises
