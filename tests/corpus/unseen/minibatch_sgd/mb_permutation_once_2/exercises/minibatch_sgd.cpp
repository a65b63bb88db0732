#include <bits/stdc++.h>
#include "minibatch_sgd.hpp"
using namespace std;

namespace exercises {

gdlab::Path sgd(const gdlab::Matrix& X, const gdlab::Vector& y, double lr, int batch_size,
                int epochs, int seed) {
  int n = X.rows(), p = X.cols();
  gdlab::RandomState rng(seed);
  auto order = rng.permutation(n);  // shuffle the data
  gdlab::Vector beta = gdlab::Vector::Zero(p);
  gdlab::Path path{beta};
  for (int e = 0; e < epochs; e++) {
    for (int s = 0; s < n; s += batch_size) {
      int B = min(batch_size, n - s);
      gdlab::Vector g = gdlab::Vector::Zero(p);
      for (int k = 0; k < B; k++) {
        int i = order[s + k];
        double r = X.row(i).dot(beta) - y[i];
        for (int j = 0; j < p; j++) g[j] += r * X(i, j);
      }
      for (int j = 0; j < p; j++) beta[j] -= lr * 2.0 * g[j] / B;
      path.push_back(beta);
    }
    cerr << "epoch " << e << " beta " << beta.transpose() << "\n";
  }
  return path;
}

}  // namespace exercises
