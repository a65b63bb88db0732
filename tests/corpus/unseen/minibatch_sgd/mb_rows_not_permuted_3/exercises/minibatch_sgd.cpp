#include "minibatch_sgd.hpp"

#include <algorithm>
#include <vector>

namespace exercises {

gdlab::Path sgd(const gdlab::Matrix& X, const gdlab::Vector& y, double lr, int batch_size,
                int epochs, int seed) {
  gdlab::RandomState rng(seed);
  const gdlab::Index n = X.rows();
  gdlab::Vector beta = gdlab::Vector::Zero(X.cols());
  gdlab::Path path{beta};
  for (int epoch = 0; epoch < epochs; ++epoch) {
    auto order = rng.permutation(n);  // fresh order every epoch
    for (gdlab::Index start = 0; start < n; start += batch_size) {
      const gdlab::Index B = std::min<gdlab::Index>(batch_size, n - start);
      const gdlab::Matrix Xb = X.middleRows(start, B);
      const gdlab::Vector yb = y.segment(start, B);
      const gdlab::Vector g = (2.0 / static_cast<double>(B)) * Xb.transpose() * (Xb * beta - yb);
      beta -= lr * g;
      path.push_back(beta);
    }
  }
  return path;
}

}  // namespace exercises
