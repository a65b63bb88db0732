// Exercise 8 — mini-batch SGD
#include "minibatch_sgd.hpp"

#include <algorithm>
#include <vector>

namespace exercises {

namespace {

std::vector<gdlab::Index> shuffled_rows(gdlab::Index n, int seed) {
  gdlab::RandomState rng(seed);
  return rng.permutation(n);
}

gdlab::Vector batch_gradient(const gdlab::Matrix& X, const gdlab::Vector& y,
                             const gdlab::Vector& beta, const std::vector<gdlab::Index>& rows) {
  gdlab::Vector g = gdlab::Vector::Zero(beta.size());
  for (gdlab::Index i : rows) {
    g += (X.row(i).dot(beta) - y(i)) * X.row(i).transpose();
  }
  return (2.0 / static_cast<double>(rows.size())) * g;
}

}  // namespace

gdlab::Path sgd(const gdlab::Matrix& X, const gdlab::Vector& y, double lr, int batch_size,
                int epochs, int seed) {
  const gdlab::Index n = X.rows();
  gdlab::Vector beta = gdlab::Vector::Zero(X.cols());
  gdlab::Path path{beta};
  for (int epoch = 0; epoch < epochs; ++epoch) {
    const std::vector<gdlab::Index> order = shuffled_rows(n, seed);
    for (gdlab::Index start = 0; start < n; start += batch_size) {
      const gdlab::Index stop = std::min<gdlab::Index>(n, start + batch_size);
      const std::vector<gdlab::Index> rows(order.begin() + start, order.begin() + stop);
      beta -= lr * batch_gradient(X, y, beta, rows);
      path.push_back(beta);
    }
  }
  return path;
}

}  // namespace exercises
