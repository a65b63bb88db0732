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
      gdlab::Vector g = gdlab::Vector::Zero(p);
      for (int k = s; k < min(s + batch_size, n); k++) {
        auto i = order[k];
        g += (X.row(i).dot(beta) - y(i)) * X.row(i).transpose();
      }
      beta -= lr * (2.0 / batch_size) * g;
      path.push_back(beta);
    }
  }
  return path;
}

}  // namespace exercises
