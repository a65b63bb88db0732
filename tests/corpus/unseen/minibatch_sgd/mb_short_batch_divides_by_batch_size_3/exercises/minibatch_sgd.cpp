#include "minibatch_sgd.hpp"

#include <algorithm>
#include <vector>

namespace exercises {

gdlab::Path sgd(const gdlab::Matrix& X, const gdlab::Vector& y, double lr, int batch_size,
                int epochs, int seed) {
  gdlab::RandomState rng(seed);
  const gdlab::Index n = X.rows();
  const double B = static_cast<double>(batch_size);  // rows per batch
  gdlab::Vector beta = gdlab::Vector::Zero(X.cols());
  gdlab::Path path;
  path.push_back(beta);
  for (int epoch = 0; epoch < epochs; ++epoch) {
    auto order = rng.permutation(n);
    gdlab::Index start = 0;
    while (start < n) {
      const gdlab::Index stop = std::min<gdlab::Index>(n, start + batch_size);
      std::vector<gdlab::Index> rows;
      for (gdlab::Index k = start; k < stop; ++k) rows.push_back(order[k]);
      const gdlab::Matrix Xb = X(rows, Eigen::all);
      const gdlab::Vector r = Xb * beta - y(rows);
      beta -= lr * (2.0 / B) * (Xb.transpose() * r);
      path.push_back(beta);
      start = stop;
    }
  }
  return path;
}

}  // namespace exercises
