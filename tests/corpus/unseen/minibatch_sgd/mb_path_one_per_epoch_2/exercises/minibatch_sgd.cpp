#include <bits/stdc++.h>
#include "minibatch_sgd.hpp"
using namespace std;

namespace exercises {

gdlab::Path sgd(const gdlab::Matrix& X, const gdlab::Vector& y, double lr, int batch_size,
                int epochs, int seed) {
  gdlab::RandomState rng(seed);
  int n = X.rows();
  gdlab::Vector beta = gdlab::Vector::Zero(X.cols());
  gdlab::Path path;
  path.push_back(beta);
  for (int e = 0; e < epochs; e++) {
    auto order = rng.permutation(n);
    for (int s = 0; s < n; s += batch_size) {
      int B = min(batch_size, n - s);
      gdlab::Vector g = gdlab::Vector::Zero(X.cols());
      for (int k = s; k < s + B; k++) g += (X.row(order[k]).dot(beta) - y[order[k]]) * X.row(order[k]).transpose();
      beta -= lr * (2.0 / B) * g;
    }
    path.push_back(beta);
    cerr << "epoch " << e + 1 << "/" << epochs << " done\n";
  }
  return path;
}

}  // namespace exercises
