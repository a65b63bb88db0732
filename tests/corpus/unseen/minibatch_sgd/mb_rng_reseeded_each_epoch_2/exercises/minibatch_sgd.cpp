#include "minibatch_sgd.hpp"

#include <algorithm>
#include <vector>

namespace exercises {

gdlab::Path sgd(const gdlab::Matrix& X, const gdlab::Vector& y, double lr, int batch_size,
                int epochs, int seed) {
  const int n = static_cast<int>(X.rows());
  const int p = static_cast<int>(X.cols());
  gdlab::Vector beta = gdlab::Vector::Zero(p);
  gdlab::Path path;
  path.push_back(beta);

  for (int e = 0; e < epochs; e++) {
    auto order = gdlab::RandomState(seed).permutation(n);
    for (int start = 0; start < n; start += batch_size) {
      int stop = std::min(start + batch_size, n);
      int B = stop - start;
      gdlab::Vector grad = gdlab::Vector::Zero(p);
      for (int k = start; k < stop; k++) {
        gdlab::Index i = order[k];
        double r = X.row(i).dot(beta) - y(i);
        grad += r * X.row(i).transpose();
      }
      grad *= 2.0 / B;
      beta -= lr * grad;
      path.push_back(beta);
    }
  }
  return path;
}

}  // namespace exercises
