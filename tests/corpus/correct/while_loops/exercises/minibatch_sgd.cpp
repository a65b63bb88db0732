// Correct: mini-batch SGD with while loops over the epochs and over the batches, each batch
// copied row by row into its own small matrix before Problem 5's gradient.
#include "minibatch_sgd.hpp"

#include <vector>

namespace exercises {

gdlab::Path sgd(const gdlab::Matrix& X, const gdlab::Vector& y, double lr, int batch_size,
                int epochs, int seed) {
  gdlab::RandomState rng(static_cast<std::uint32_t>(seed));
  gdlab::Vector beta = gdlab::Vector::Zero(X.cols());
  gdlab::Path path{beta};
  const gdlab::Index n = X.rows();
  int epoch = 0;
  while (epoch < epochs) {
    const std::vector<gdlab::Index> order = rng.permutation(n);
    gdlab::Index at = 0;
    while (at < n) {
      const gdlab::Index size = (n - at < batch_size) ? n - at : batch_size;
      gdlab::Matrix Xb(size, X.cols());
      gdlab::Vector yb(size);
      gdlab::Index r = 0;
      while (r < size) {
        Xb.row(r) = X.row(order[at + r]);
        yb(r) = y(order[at + r]);
        ++r;
      }
      beta -= lr * 2.0 / static_cast<double>(size) * Xb.transpose() * (Xb * beta - yb);
      path.push_back(beta);
      at += size;
    }
    ++epoch;
  }
  return path;
}

}  // namespace exercises
