#include "minibatch_sgd.hpp"

#include <algorithm>
#include <vector>

namespace exercises {

gdlab::Path sgd(const gdlab::Matrix& X, const gdlab::Vector& y, double lr, int batch_size,
                int epochs, int seed) {
  const gdlab::Index n = X.rows();
  gdlab::RandomState rng(seed);
  gdlab::Vector beta = gdlab::Vector::Zero(X.cols());
  gdlab::Path path{beta};
  for (int epoch = 0; epoch < epochs; ++epoch) {
    std::vector<gdlab::Index> order = rng.permutation(n);
    for (gdlab::Index start = 0; start < n; start += batch_size) {
      const gdlab::Index B = std::min<gdlab::Index>(batch_size, n - start);
      gdlab::Vector g = gdlab::Vector::Zero(X.cols());
      for (gdlab::Index k = 0; k < B; ++k) {
        const gdlab::Index i = start + k;
        g += (X.row(i).dot(beta) - y(i)) * X.row(i).transpose();
      }
      beta -= lr * (2.0 / static_cast<double>(B)) * g;
      path.push_back(beta);
    }
  }
  return path;
}

}  // namespace exercises
