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
    const std::vector<gdlab::Index> order = rng.permutation(n);
    for (gdlab::Index start = 0; start < n; start += batch_size) {
      const gdlab::Index end = std::min<gdlab::Index>(start + batch_size, n);
      std::vector<gdlab::Index> rows(order.begin() + start, order.begin() + end);
      const gdlab::Matrix Xb = X(rows, Eigen::all);
      const gdlab::Vector yb = y(rows);
      const double B = static_cast<double>(rows.size());
      beta -= lr * (2.0 / B) * (Xb.transpose() * (Xb * beta - yb));
    }
    path.push_back(beta);
  }
  return path;
}

}  // namespace exercises
