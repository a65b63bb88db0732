// mistake: the square root left out: dividing by s + eps instead of sqrt(s) + eps
// hint: s holds squared gradients, so its square root is on the gradient's scale: divide by sqrt(s) + eps (sqrt(s_hat) + eps in Adam)
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
    theta = (theta.array() - lr * g.array() / (s.array() + eps)).matrix();
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
    theta = (theta.array() - lr * g.array() / (s.array() + eps)).matrix();
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
    const gdlab::Vector m_hat = m / (1 - std::pow(beta1, t));
    const gdlab::Vector s_hat = s / (1 - std::pow(beta2, t));
    theta = (theta.array() - lr * m_hat.array() / (s_hat.array() + eps)).matrix();
    path.push_back(theta);
  }
  return path;
}

}  // namespace exercises
