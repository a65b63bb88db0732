// mistake: one s for the whole gradient, |g|^2, instead of g^2 coordinate by coordinate
// hint: every coordinate has its own s: square the gradient coordinate by coordinate (g.array().square() or g.cwiseProduct(g)), not its norm |g|^2
#include "adaptive.hpp"

#include <cmath>

namespace exercises {

gdlab::Path adagrad(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, double eps,
                    int steps) {
  gdlab::Path path{theta0};
  gdlab::Vector theta = theta0;
  double s = 0;
  for (int step = 0; step < steps; ++step) {
    const gdlab::Vector g = f.gradient(theta);
    s = s + g.squaredNorm();
    theta = (theta.array() - lr * g.array() / (std::sqrt(s) + eps)).matrix();
    path.push_back(theta);
  }
  return path;
}

gdlab::Path rmsprop(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, double rho,
                    double eps, int steps) {
  gdlab::Path path{theta0};
  gdlab::Vector theta = theta0;
  double s = 0;
  for (int step = 0; step < steps; ++step) {
    const gdlab::Vector g = f.gradient(theta);
    s = rho * s + (1 - rho) * g.squaredNorm();
    theta = (theta.array() - lr * g.array() / (std::sqrt(s) + eps)).matrix();
    path.push_back(theta);
  }
  return path;
}

gdlab::Path adam(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, double beta1,
                 double beta2, double eps, int steps) {
  gdlab::Path path{theta0};
  gdlab::Vector theta = theta0;
  gdlab::Vector m = gdlab::Vector::Zero(theta0.size());
  double s = 0;
  for (int t = 1; t <= steps; ++t) {
    const gdlab::Vector g = f.gradient(theta);
    m = beta1 * m + (1 - beta1) * g;
    s = beta2 * s + (1 - beta2) * g.squaredNorm();
    const gdlab::Vector m_hat = m / (1 - std::pow(beta1, t));
    const double s_hat = s / (1 - std::pow(beta2, t));
    theta = (theta.array() - lr * m_hat.array() / (std::sqrt(s_hat) + eps)).matrix();
    path.push_back(theta);
  }
  return path;
}

}  // namespace exercises
