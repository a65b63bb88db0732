#include "minibatch_sgd.hpp"

#include <algorithm>
#include <vector>

namespace exercises {

gdlab::Path sgd(const gdlab::Matrix& X, const gdlab::Vector& y, double lr, int batch_size,
                int epochs, int seed) {
  gdlab::RandomState rng(seed);
  const auto perm = rng.permutation(X.rows());
  // shuffled copy of the data
  const gdlab::Matrix Xs = X(perm, Eigen::all);
  const gdlab::Vector ys = y(perm);

  const gdlab::Index n = X.rows();
  gdlab::Vector beta = gdlab::Vector::Zero(X.cols());
  gdlab::Path iterates{beta};
  for (int epoch = 0; epoch < epochs; ++epoch) {
    for (gdlab::Index start = 0; start < n; start += batch_size) {
      const gdlab::Index B = std::min<gdlab::Index>(batch_size, n - start);
      const auto Xb = Xs.middleRows(start, B);
      const auto yb = ys.segment(start, B);
      gdlab::Vector grad = (2.0 / static_cast<double>(B)) * (Xb.transpose() * (Xb * beta - yb));
      beta -= lr * grad;
      iterates.push_back(beta);
    }
  }
  return iterates;
}

}  // namespace exercises
