#include <bits/stdc++.h>
#include "minibatch_sgd.hpp"
using namespace std;

namespace exercises {

gdlab::Path sgd(const gdlab::Matrix& X, const gdlab::Vector& y, double lr, int batch_size,
                int epochs, int seed) {
  gdlab::RandomState rng(seed);
  int n = X.rows(), p = X.cols();
  gdlab::Vector beta = gdlab::Vector::Zero(p);
  gdlab::Path path{beta};
  for (int e = 0; e < epochs; e++) {
    vector<gdlab::Index> order = rng.permutation(n);
    for (int s = 0; s < n; s += batch_size) {
      int B = min(batch_size, n - s);
      for (int k = s; k < s + B; k++) {
        gdlab::Index i = order[k];
        double pred = 0;
        for (int j = 0; j < p; j++) pred += X(i, j) * beta[j];
        double r = pred - y[i];
        for (int j = 0; j < p; j++) beta[j] -= lr * 2.0 * r * X(i, j) / B;
      }
      path.push_back(beta);
    }
  }
  return path;
}

}  // namespace exercises
