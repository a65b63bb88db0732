#include <bits/stdc++.h>
#include "minibatch_sgd.hpp"

namespace exercises {

gdlab::Path sgd(const gdlab::Matrix& X, const gdlab::Vector& y, double lr, int batch_size,
                int epochs, int seed) {
  gdlab::RandomState rng;
  int n = X.rows();
  gdlab::Vector beta = gdlab::Vector::Zero(X.cols());
  gdlab::Path path = {beta};
  for (int ep = 0; ep < epochs; ep++) {
    rng.seed(seed);
    auto perm = rng.permutation(n);
    int start = 0;
    while (start < n) {
      int end = std::min(n, start + batch_size);
      std::vector<gdlab::Index> idx(perm.begin() + start, perm.begin() + end);
      gdlab::Matrix Xb = X(idx, Eigen::all);
      gdlab::Vector yb = y(idx);
      gdlab::Vector g = (2.0 / idx.size()) * Xb.transpose() * (Xb * beta - yb);
      beta = beta - lr * g;
      path.push_back(beta);
      start = end;
    }
  }
  return path;
}

}  // namespace exercises
