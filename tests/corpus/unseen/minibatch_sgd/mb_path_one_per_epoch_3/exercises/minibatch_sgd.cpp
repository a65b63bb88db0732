// Exercise 8: mini-batch SGD
#include "minibatch_sgd.hpp"

#include <algorithm>
#include <vector>

namespace exercises {

namespace {

// One pass over the data in the given order; returns beta after the pass.
gdlab::Vector run_epoch(const gdlab::Matrix& X, const gdlab::Vector& y, gdlab::Vector beta,
                        const std::vector<gdlab::Index>& order, double lr, int batch_size) {
  const gdlab::Index n = X.rows();
  for (gdlab::Index start = 0; start < n; start += batch_size) {
    const gdlab::Index stop = std::min<gdlab::Index>(n, start + batch_size);
    const std::vector<gdlab::Index> rows(order.begin() + start, order.begin() + stop);
    const gdlab::Matrix Xb = X(rows, Eigen::all);
    const gdlab::Vector yb = y(rows);
    const double B = static_cast<double>(stop - start);
    beta -= lr * (2.0 / B) * Xb.transpose() * (Xb * beta - yb);
  }
  return beta;
}

}  // namespace

gdlab::Path sgd(const gdlab::Matrix& X, const gdlab::Vector& y, double lr, int batch_size,
                int epochs, int seed) {
  gdlab::RandomState rng(seed);
  gdlab::Path path{gdlab::Vector::Zero(X.cols())};
  for (int epoch = 0; epoch < epochs; ++epoch) {
    const auto order = rng.permutation(X.rows());
    path.push_back(run_epoch(X, y, path.back(), order, lr, batch_size));
  }
  return path;
}

}  // namespace exercises
