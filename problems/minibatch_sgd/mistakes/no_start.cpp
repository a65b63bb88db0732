// mistake: the path leaves out the start beta_0 = 0
// hint: the path is every iterate from beta_0 = 0: push the zero start before the first step
#include "minibatch_sgd.hpp"

#include <algorithm>
#include <vector>

namespace exercises {

gdlab::Path sgd(const gdlab::Matrix& X, const gdlab::Vector& y, double lr, int batch_size,
                int epochs, int seed) {
  const gdlab::Index n = X.rows();
  gdlab::RandomState rng(static_cast<std::uint32_t>(seed));
  gdlab::Vector beta = gdlab::Vector::Zero(X.cols());
  gdlab::Path path;
  for (int epoch = 0; epoch < epochs; ++epoch) {
    const std::vector<gdlab::Index> order = rng.permutation(n);
    for (gdlab::Index start = 0; start < n; start += batch_size) {
      const gdlab::Index end = std::min<gdlab::Index>(start + batch_size, n);
      const std::vector<gdlab::Index> rows(order.begin() + start, order.begin() + end);
      const gdlab::Matrix Xb = X(rows, Eigen::all);
      const gdlab::Vector yb = y(rows);
      const gdlab::Vector residual = Xb * beta - yb;
      const gdlab::Vector g = (2.0 / static_cast<double>(end - start)) * (Xb.transpose() * residual);
      beta = beta - lr * g;
      path.push_back(beta);
    }
  }
  return path;
}

}  // namespace exercises
