// mistake: Adam's bias correction one power too high: 1 - beta^(t + 1) at step t
// hint: the first step is t = 1 and divides m by 1 - beta1 and s by 1 - beta2 (beta to the power 1, not 2): count t once, from 1
#include "adaptive.hpp"

#include <cmath>

namespace exercises {

gdlab::Path adagrad(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, double eps,
                    int steps) {
  gdlab::Path path{theta0};
  gdlab::Vector theta = theta0;
  gdlab::Vector s = gdlab::Vector::Zero(theta0.size());
  for (int step = 0; step < steps; ++step) {
    const gdlab::Vector g = f.gradient(theta);
    s = s + g.cwiseProduct(g);
    theta = (theta.array() - lr * g.array() / (s.array().sqrt() + eps)).matrix();
    path.push_back(theta);
  }
  return path;
}

gdlab::Path rmsprop(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, double rho,
                    double eps, int steps) {
  gdlab::Path path{theta0};
  gdlab::Vector theta = theta0;
  gdlab::Vector s = gdlab::Vector::Zero(theta0.size());
  for (int step = 0; step < steps; ++step) {
    const gdlab::Vector g = f.gradient(theta);
    s = rho * s + (1 - rho) * g.cwiseProduct(g);
    theta = (theta.array() - lr * g.array() / (s.array().sqrt() + eps)).matrix();
    path.push_back(theta);
  }
  return path;
}

gdlab::Path adam(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, double beta1,
                 double beta2, double eps, int steps) {
  gdlab::Path path{theta0};
  gdlab::Vector theta = theta0;
  gdlab::Vector m = gdlab::Vector::Zero(theta0.size());
  gdlab::Vector s = gdlab::Vector::Zero(theta0.size());
  for (int t = 1; t <= steps; ++t) {
    const gdlab::Vector g = f.gradient(theta);
    m = beta1 * m + (1 - beta1) * g;
    s = beta2 * s + (1 - beta2) * g.cwiseProduct(g);
    const gdlab::Vector m_hat = m / (1 - std::pow(beta1, t + 1));
    const gdlab::Vector s_hat = s / (1 - std::pow(beta2, t + 1));
    theta = (theta.array() - lr * m_hat.array() / (s_hat.array().sqrt() + eps)).matrix();
    path.push_back(theta);
  }
  return path;
}

}  // namespace exercises
