// Correct: each batch's gradient summed in long double over its rows, rounded to double for
// the step.
#include "minibatch_sgd.hpp"

#include <algorithm>
#include <vector>

namespace exercises {

gdlab::Path sgd(const gdlab::Matrix& X, const gdlab::Vector& y, double lr, int batch_size,
                int epochs, int seed) {
  const gdlab::Index n = X.rows(), p = X.cols();
  gdlab::RandomState rng(static_cast<std::uint32_t>(seed));
  gdlab::Vector beta = gdlab::Vector::Zero(p);
  gdlab::Path path{beta};
  for (int epoch = 0; epoch < epochs; ++epoch) {
    const std::vector<gdlab::Index> order = rng.permutation(n);
    for (gdlab::Index start = 0; start < n; start += batch_size) {
      const gdlab::Index end = std::min<gdlab::Index>(n, start + batch_size);
      std::vector<long double> sum(p, 0.0L);
      for (gdlab::Index r = start; r < end; ++r) {
        const gdlab::Index i = order[r];
        long double residual = -static_cast<long double>(y[i]);
        for (gdlab::Index j = 0; j < p; ++j) residual += static_cast<long double>(X(i, j)) * beta[j];
        for (gdlab::Index j = 0; j < p; ++j) sum[j] += X(i, j) * residual;
      }
      for (gdlab::Index j = 0; j < p; ++j)
        beta[j] -= lr * static_cast<double>(2.0L * sum[j] / static_cast<long double>(end - start));
      path.push_back(beta);
    }
  }
  return path;
}

}  // namespace exercises
