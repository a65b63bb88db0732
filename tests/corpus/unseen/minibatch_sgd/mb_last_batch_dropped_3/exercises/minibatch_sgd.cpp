#include "minibatch_sgd.hpp"

#include <algorithm>
#include <vector>

namespace exercises {

gdlab::Path sgd(const gdlab::Matrix& X, const gdlab::Vector& y, double lr, int batch_size,
                int epochs, int seed) {
  const gdlab::Index n = X.rows();
  const gdlab::Index p = X.cols();
  gdlab::RandomState rng(seed);
  gdlab::Vector beta = gdlab::Vector::Zero(p);
  gdlab::Path path;
  path.push_back(beta);
  for (int epoch = 0; epoch < epochs; ++epoch) {
    std::vector<gdlab::Index> order = rng.permutation(n);
    for (gdlab::Index start = 0; start < n; start += batch_size) {
      gdlab::Index end = std::min(start + static_cast<gdlab::Index>(batch_size), n);
      if (end - start < batch_size) break;  // incomplete batch
      gdlab::Vector grad = gdlab::Vector::Zero(p);
      for (gdlab::Index k = start; k < end; ++k) {
        const gdlab::Index i = order[k];
        const double residual = X.row(i).dot(beta) - y(i);
        grad += residual * X.row(i).transpose();
      }
      grad *= 2.0 / static_cast<double>(end - start);
      beta -= lr * grad;
      path.push_back(beta);
    }
  }
  return path;
}

}  // namespace exercises
