// Exercise 8 — Mini-batch SGD (Chapter 6, §5)
//
// Problem 5's loss is an average over the n examples, L(beta) = 1/n sum_i (x_i^T beta - y_i)^2,
// so the gradient over a few examples is a cheap, noisy estimate of the full one. For a batch
// of B rows X_b (and their targets y_b):
//
//     g_b  = (2 / B) X_b^T (X_b beta - y_b)          (Problem 5's gradient, on B rows only)
//     beta <- beta - alpha * g_b                      (one step per batch), beta_0 = 0
//
// One epoch visits every row once, in a random order, as numpy would:
//
//     rng = np.random.RandomState(seed)               # once, before the first epoch
//     for epoch in range(epochs):
//         order = rng.permutation(n)                  # a fresh order every epoch
//         for start in range(0, n, batch_size):
//             rows = order[start:start + batch_size]  # the last batch may be shorter
//             ...one step on X[rows], y[rows]...
//
// In C++: gdlab::RandomState rng(seed) and rng.permutation(n), which give numpy's numbers
// exactly, so your path can be checked step by step. B is the size of the batch at hand:
// batch_size, or fewer rows for the last one. batch_size = 1 is plain SGD ("one example at a
// time"), batch_size = n is Problem 5's full-batch gradient descent.
// Return every iterate {beta_0, beta_1, ...}, one per step (not one per epoch).
//
// Hint: X(rows, Eigen::all) picks the rows listed in a std::vector<gdlab::Index>. Make the
// generator once: a new RandomState(seed) every epoch would repeat the same order.
#include "minibatch_sgd.hpp"

#include <algorithm>
#include <vector>

namespace exercises {

gdlab::Path sgd(const gdlab::Matrix& X, const gdlab::Vector& y, double lr, int batch_size,
                int epochs, int seed) {
  // BEGIN SOLUTION
  // STUB: gdlab::todo("sgd");
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
      const gdlab::Vector residual = Xb * beta - yb;
      const gdlab::Vector g = (2.0 / static_cast<double>(rows.size())) * (Xb.transpose() * residual);
      beta = beta - lr * g;
      path.push_back(beta);
    }
  }
  return path;
  // END SOLUTION
}

}  // namespace exercises
