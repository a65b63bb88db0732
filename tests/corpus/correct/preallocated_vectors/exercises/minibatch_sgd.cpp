// Correct: mini-batch SGD with raw index loops: the gradient summed row by row into a
// std::vector<double> allocated once, the batch's rows looked up through the permutation.
#include "minibatch_sgd.hpp"

#include <vector>

namespace exercises {

gdlab::Path sgd(const gdlab::Matrix& X, const gdlab::Vector& y, double lr, int batch_size,
                int epochs, int seed) {
  const int n = static_cast<int>(X.rows());
  const int p = static_cast<int>(X.cols());
  gdlab::RandomState rng(seed);
  std::vector<double> beta(p, 0.0), grad(p, 0.0);
  gdlab::Path path;
  path.reserve(1 + static_cast<std::size_t>(epochs) * ((n + batch_size - 1) / batch_size));
  path.push_back(gdlab::Vector::Zero(p));
  for (int e = 0; e < epochs; e++) {
    std::vector<gdlab::Index> order = rng.permutation(n);
    for (int start = 0; start < n; start += batch_size) {
      int end = start + batch_size;
      if (end > n) end = n;
      const int B = end - start;
      for (int j = 0; j < p; j++) grad[j] = 0.0;
      for (int r = start; r < end; r++) {
        const gdlab::Index i = order[r];
        double residual = -y(i);
        for (int j = 0; j < p; j++) residual += X(i, j) * beta[j];
        for (int j = 0; j < p; j++) grad[j] += X(i, j) * residual;
      }
      gdlab::Vector point(p);
      for (int j = 0; j < p; j++) {
        beta[j] -= lr * (2.0 / B) * grad[j];
        point(j) = beta[j];
      }
      path.push_back(point);
    }
  }
  return path;
}

}  // namespace exercises
