#include <bits/stdc++.h>
#include "minibatch_sgd.hpp"

namespace exercises {

gdlab::Path sgd(const gdlab::Matrix& X, const gdlab::Vector& y, double lr, int batch_size,
                int epochs, int seed) {
  gdlab::RandomState rng(seed);
  const int n = X.rows();
  const int p = X.cols();
  gdlab::Vector beta(p);
  beta.setZero();
  gdlab::Path steps;
  for (int e = 0; e < epochs; ++e) {
    auto order = rng.permutation(n);
    int start = 0;
    while (start < n) {
      int B = std::min(batch_size, n - start);
      gdlab::Vector g = gdlab::Vector::Zero(p);
      for (int k = 0; k < B; ++k) {
        auto i = order[start + k];
        g += (X.row(i).dot(beta) - y(i)) * X.row(i).transpose();
      }
      beta -= lr * 2.0 / B * g;
      steps.push_back(beta);
      start += B;
    }
  }
  return steps;
}

}  // namespace exercises
