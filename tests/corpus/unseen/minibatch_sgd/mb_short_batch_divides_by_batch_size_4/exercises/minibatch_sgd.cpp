// mini-batch SGD
#include "minibatch_sgd.hpp"

#include <algorithm>
#include <vector>

namespace exercises {

gdlab::Path sgd(const gdlab::Matrix& X, const gdlab::Vector& y, double lr, int batch_size,
                int epochs, int seed) {
  const gdlab::Index n = X.rows();
  gdlab::RandomState rng(seed);

  // g_b = (2 / B) X_b^T (X_b beta - y_b)
  auto grad_b = [&](const gdlab::Vector& beta, const std::vector<gdlab::Index>& rows) {
    gdlab::Vector g = gdlab::Vector::Zero(beta.size());
    for (auto i : rows) g += X.row(i).transpose() * (X.row(i).dot(beta) - y[i]);
    return gdlab::Vector(g * (2.0 / batch_size));
  };

  gdlab::Vector beta = gdlab::Vector::Zero(X.cols());
  gdlab::Path path{beta};
  for (int epoch = 0; epoch < epochs; ++epoch) {
    const auto order = rng.permutation(n);
    for (gdlab::Index start = 0; start < n; start += batch_size) {
      std::vector<gdlab::Index> rows;
      for (gdlab::Index k = start; k < std::min<gdlab::Index>(n, start + batch_size); ++k)
        rows.push_back(order[k]);
      beta = beta - lr * grad_b(beta, rows);
      path.push_back(beta);
    }
  }
  return path;
}

}  // namespace exercises
