#include <bits/stdc++.h>
#include "minibatch_sgd.hpp"

namespace exercises {

gdlab::Path sgd(const gdlab::Matrix& X, const gdlab::Vector& y, double lr, int batch_size,
                int epochs, int seed) {
  gdlab::RandomState rng(seed);
  int n = X.rows(), p = X.cols();
  gdlab::Vector beta = gdlab::Vector::Zero(p);
  gdlab::Path path{beta};
  for (int ep = 0; ep < epochs; ep++) {
    auto perm = rng.permutation(n);
    for (int start = 0; start < n; start += batch_size) {
      int stop = std::min(n, start + batch_size);
      gdlab::Vector g = gdlab::Vector::Zero(p);
      for (int k = start; k < stop; k++) {
        int i = perm[k];
        double err = X.row(i).dot(beta) - y[i];
        g += err * X.row(i).transpose();
      }
      g = 2.0 * g / X.rows();
      beta -= lr * g;
      path.push_back(beta);
    }
  }
  return path;
}

}  // namespace exercises
