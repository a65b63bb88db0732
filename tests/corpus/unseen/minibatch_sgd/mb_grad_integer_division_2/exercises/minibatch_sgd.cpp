#include <bits/stdc++.h>
#include "minibatch_sgd.hpp"

namespace exercises {

gdlab::Path sgd(const gdlab::Matrix& X, const gdlab::Vector& y, double lr, int batch_size,
                int epochs, int seed) {
  gdlab::RandomState rng(seed);
  const gdlab::Index n = X.rows();
  gdlab::Vector beta = gdlab::Vector::Zero(X.cols());
  gdlab::Path path{beta};
  for (int ep = 0; ep < epochs; ++ep) {
    auto order = rng.permutation(n);
    for (gdlab::Index s = 0; s < n; s += batch_size) {
      std::vector<gdlab::Index> rows;
      for (gdlab::Index k = s; k < std::min<gdlab::Index>(s + batch_size, n); ++k) rows.push_back(order[k]);
      double scale = 2 / rows.size();
      gdlab::Matrix Xb = X(rows, Eigen::all);
      gdlab::Vector g = scale * Xb.transpose() * (Xb * beta - y(rows));
      beta -= lr * g;
      path.push_back(beta);
    }
  }
  return path;
}

}  // namespace exercises
