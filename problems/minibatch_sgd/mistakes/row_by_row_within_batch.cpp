// mistake: beta moved after each row of a batch, each row's gradient taken where the previous rows left it
// hint: a mini-batch is one step: compute the whole batch's gradient (2 / B) X_b^T (X_b beta - y_b) at the same beta, then move beta once
#include "minibatch_sgd.hpp"

#include <algorithm>
#include <vector>

namespace exercises {

gdlab::Path sgd(const gdlab::Matrix& X, const gdlab::Vector& y, double lr, int batch_size,
                int epochs, int seed) {
  const gdlab::Index n = X.rows();
  gdlab::RandomState rng(static_cast<std::uint32_t>(seed));
  gdlab::Vector beta = gdlab::Vector::Zero(X.cols());
  gdlab::Path path{beta};
  for (int epoch = 0; epoch < epochs; ++epoch) {
    const std::vector<gdlab::Index> order = rng.permutation(n);
    for (gdlab::Index start = 0; start < n; start += batch_size) {
      const gdlab::Index end = std::min<gdlab::Index>(start + batch_size, n);
      const std::vector<gdlab::Index> rows(order.begin() + start, order.begin() + end);
      const gdlab::Matrix Xb = X(rows, Eigen::all);
      const gdlab::Vector yb = y(rows);
      for (gdlab::Index i = 0; i < Xb.rows(); ++i) {
        const double r = Xb.row(i).dot(beta) - yb(i);
        beta = beta - lr * (2.0 / static_cast<double>(end - start)) * r * Xb.row(i).transpose();
      }
      path.push_back(beta);
    }
  }
  return path;
}

}  // namespace exercises
