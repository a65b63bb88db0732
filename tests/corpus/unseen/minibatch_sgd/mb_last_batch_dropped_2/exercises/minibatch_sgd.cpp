#include <bits/stdc++.h>
#include "minibatch_sgd.hpp"

namespace exercises {

gdlab::Path sgd(const gdlab::Matrix& X, const gdlab::Vector& y, double lr, int batch_size,
                int epochs, int seed) {
  gdlab::RandomState rng(seed);
  const int n = X.rows();
  const int num_batches = n / batch_size;
  gdlab::Vector beta = gdlab::Vector::Zero(X.cols());
  gdlab::Path path{beta};
  for (int epoch = 0; epoch < epochs; epoch++) {
    auto order = rng.permutation(n);
    for (int b = 0; b < num_batches; b++) {
      int start = b * batch_size;
      int end = std::min(n, start + batch_size);
      std::vector<gdlab::Index> rows(order.begin() + start, order.begin() + end);
      gdlab::Matrix Xb = X(rows, Eigen::all);
      gdlab::Vector yb = y(rows);
      double B = end - start;
      beta -= lr * (2.0 / B) * Xb.transpose() * (Xb * beta - yb);
      path.push_back(beta);
    }
  }
  return path;
}

}  // namespace exercises
