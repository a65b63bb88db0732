#include "adaptive.hpp"

#include <cmath>

namespace exercises {

gdlab::Path adagrad(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, double eps,
                    int steps) {
  static gdlab::Vector s;  // running sum of squared gradients
  if (s.size() != theta0.size()) s = gdlab::Vector::Zero(theta0.size());

  gdlab::Path path{theta0};
  gdlab::Vector theta = theta0;
  for (int k = 0; k < steps; ++k) {
    gdlab::Vector g = f.gradient(theta);
    s.array() += g.array().square();
    theta.array() -= lr * g.array() / (s.array().sqrt() + eps);
    path.push_back(theta);
  }
  return path;
}

gdlab::Path rmsprop(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, double rho,
                    double eps, int steps) {
  gdlab::Vector s = gdlab::Vector::Zero(theta0.size());
  gdlab::Path path{theta0};
  gdlab::Vector theta = theta0;
  for (int k = 0; k < steps; ++k) {
    gdlab::Vector g = f.gradient(theta);
    s.array() = rho * s.array() + (1 - rho) * g.array().square();
    theta.array() -= lr * g.array() / (s.array().sqrt() + eps);
    path.push_back(theta);
  }
  return path;
}

gdlab::Path adam(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, double beta1,
                 double beta2, double eps, int steps) {
  gdlab::Vector m = gdlab::Vector::Zero(theta0.size());
  gdlab::Vector s = gdlab::Vector::Zero(theta0.size());
  gdlab::Path path{theta0};
  gdlab::Vector theta = theta0;
  for (int k = 0; k < steps; ++k) {
    const int t = k + 1;
    gdlab::Vector g = f.gradient(theta);
    m = beta1 * m + (1 - beta1) * g;
    s.array() = beta2 * s.array() + (1 - beta2) * g.array().square();
    gdlab::Vector m_hat = m / (1 - std::pow(beta1, t));
    gdlab::Vector s_hat = s / (1 - std::pow(beta2, t));
    theta.array() -= lr * m_hat.array() / (s_hat.array().sqrt() + eps);
    path.push_back(theta);
  }
  return path;
}

}  // namespace exercises
