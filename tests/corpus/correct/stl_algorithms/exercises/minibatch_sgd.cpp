// Correct: <numeric> style: each example's residual by std::inner_product over its row, the
// batch's gradient accumulated with std::transform, the batch bounds from std::min.
#include "minibatch_sgd.hpp"

#include <algorithm>
#include <functional>
#include <numeric>
#include <vector>

namespace exercises {

gdlab::Path sgd(const gdlab::Matrix& X, const gdlab::Vector& y, double lr, int batch_size,
                int epochs, int seed) {
  const gdlab::Index n = X.rows(), p = X.cols();
  // Rows of X as std::vectors, so the algorithms can walk them.
  std::vector<std::vector<double>> rows(n, std::vector<double>(p));
  for (gdlab::Index i = 0; i < n; ++i)
    for (gdlab::Index j = 0; j < p; ++j) rows[i][j] = X(i, j);
  gdlab::RandomState rng(seed);
  std::vector<double> beta(p, 0.0);
  gdlab::Path path{gdlab::Vector::Zero(p)};
  for (int epoch = 0; epoch < epochs; ++epoch) {
    const auto order = rng.permutation(n);
    for (auto first = order.begin(); first != order.end();) {
      const auto last = first + std::min<std::ptrdiff_t>(batch_size, order.end() - first);
      std::vector<double> grad(p, 0.0);
      std::for_each(first, last, [&](gdlab::Index i) {
        const double r = std::inner_product(rows[i].begin(), rows[i].end(), beta.begin(), 0.0) - y(i);
        std::transform(grad.begin(), grad.end(), rows[i].begin(), grad.begin(),
                       [r](double gj, double xj) { return gj + xj * r; });
      });
      const double scale = lr * 2.0 / static_cast<double>(last - first);
      std::transform(beta.begin(), beta.end(), grad.begin(), beta.begin(),
                     [scale](double bj, double gj) { return bj - scale * gj; });
      path.push_back(Eigen::Map<const gdlab::Vector>(beta.data(), p));
      first = last;
    }
  }
  return path;
}

}  // namespace exercises
