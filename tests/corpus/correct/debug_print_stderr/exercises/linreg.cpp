// Correct: debugging output to stderr with fprintf: the loss every step of the loop, and the
// gradient each time it is asked for.
#include "linreg.hpp"

#include <cstdio>

namespace exercises {

double mse_loss(const gdlab::Matrix& X, const gdlab::Vector& y, const gdlab::Vector& beta) {
  const gdlab::Vector residual = X * beta - y;
  return residual.squaredNorm() / static_cast<double>(X.rows());
}

gdlab::Vector mse_gradient(const gdlab::Matrix& X, const gdlab::Vector& y,
                           const gdlab::Vector& beta) {
  const gdlab::Vector residual = X * beta - y;
  const gdlab::Vector g = (2.0 / static_cast<double>(X.rows())) * (X.transpose() * residual);
  std::fprintf(stderr, "  grad norm %.6g\n", g.norm());
  return g;
}

gdlab::Path linreg_gd(const gdlab::Matrix& X, const gdlab::Vector& y, double lr, int steps) {
  gdlab::Vector beta = gdlab::Vector::Zero(X.cols());
  gdlab::Path path{beta};
  for (int step = 0; step < steps; ++step) {
    beta = beta - lr * mse_gradient(X, y, beta);
    path.push_back(beta);
    std::fprintf(stderr, "step %3d: loss = %.6f\n", step, mse_loss(X, y, beta));
  }
  return path;
}

}  // namespace exercises
