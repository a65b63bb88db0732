#include "minibatch_sgd.hpp"

#include <algorithm>
#include <vector>

namespace exercises {

gdlab::Path sgd(const gdlab::Matrix& X, const gdlab::Vector& y, double lr, int batch_size,
                int epochs, int seed) {
  gdlab::RandomState rng;
  const gdlab::Index n = X.rows();
  gdlab::Vector beta = gdlab::Vector::Zero(X.cols());
  gdlab::Path path{beta};
  for (int epoch = 0; epoch < epochs; ++epoch) {
    const auto order = rng.permutation(n);
    for (gdlab::Index start = 0; start < n; start += batch_size) {
      const gdlab::Index end = std::min<gdlab::Index>(start + batch_size, n);
      std::vector<gdlab::Index> rows(order.begin() + start, order.begin() + end);
      const gdlab::Matrix Xb = X(rows, Eigen::all);
      const gdlab::Vector yb = y(rows);
      beta -= lr * (2.0 / static_cast<double>(rows.size())) * (Xb.transpose() * (Xb * beta - yb));
      path.push_back(beta);
    }
  }
  return path;
}

}  // namespace exercises
