#include "linreg.hpp"

#include <vector>

namespace exercises {

double mse_loss(const gdlab::Matrix& X, const gdlab::Vector& y, const gdlab::Vector& beta) {
  gdlab::Vector pred = X * beta;
  double s = 0.0;
  for (gdlab::Index i = 0; i < pred.size(); ++i) s += (pred[i] - y[i]) * (pred[i] - y[i]);
  return s / beta.size();
}

gdlab::Vector mse_gradient(const gdlab::Matrix& X, const gdlab::Vector& y,
                           const gdlab::Vector& beta) {
  gdlab::Vector pred = X * beta;
  gdlab::Vector resid = pred - y;
  const double scale = 2.0 / X.rows();
  return scale * X.transpose() * resid;
}

gdlab::Path linreg_gd(const gdlab::Matrix& X, const gdlab::Vector& y, double lr, int steps) {
  gdlab::Vector b = gdlab::Vector::Zero(X.cols());
  std::vector<gdlab::Vector> hist;
  hist.push_back(b);
  for (int it = 0; it < steps; ++it) {
    gdlab::Vector g = mse_gradient(X, y, b);
    b = b - lr * g;
    hist.push_back(b);
  }
  return hist;
}

}  // namespace exercises
