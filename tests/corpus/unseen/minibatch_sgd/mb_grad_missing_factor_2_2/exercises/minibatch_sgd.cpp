#include "minibatch_sgd.hpp"

#include <algorithm>
#include <vector>

namespace exercises {

gdlab::Path sgd(const gdlab::Matrix& X, const gdlab::Vector& y, double lr, int batch_size,
                int epochs, int seed) {
  const int n = static_cast<int>(X.rows());
  const int p = static_cast<int>(X.cols());
  gdlab::RandomState rng(seed);
  gdlab::Vector beta = gdlab::Vector::Zero(p);
  gdlab::Path path;
  path.push_back(beta);
  for (int epoch = 0; epoch < epochs; ++epoch) {
    std::vector<gdlab::Index> order = rng.permutation(n);
    for (int start = 0; start < n; start += batch_size) {
      const int end = std::min(n, start + batch_size);
      const double B = end - start;
      std::vector<double> g(p, 0.0);
      for (int k = start; k < end; ++k) {
        const gdlab::Index i = order[k];
        double pred = 0.0;
        for (int j = 0; j < p; ++j) pred += X(i, j) * beta(j);
        const double r = pred - y(i);
        for (int j = 0; j < p; ++j) g[j] += r * X(i, j);
      }
      for (int j = 0; j < p; ++j) beta(j) -= lr * g[j] / B;
      path.push_back(beta);
    }
  }
  return path;
}

}  // namespace exercises
