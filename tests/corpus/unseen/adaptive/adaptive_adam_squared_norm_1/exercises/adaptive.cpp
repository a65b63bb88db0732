#include "adaptive.hpp"

#include <cmath>

namespace exercises {

gdlab::Path adagrad(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, double eps,
                    int steps) {
  gdlab::Vector theta = theta0;
  gdlab::Vector s = gdlab::Vector::Zero(theta.size());
  gdlab::Path path;
  path.push_back(theta);
  for (int i = 0; i < steps; ++i) {
    gdlab::Vector g = f.gradient(theta);
    s = s + g.array().square().matrix();
    theta = theta - (lr * g.array() / (s.array().sqrt() + eps)).matrix();
    path.push_back(theta);
  }
  return path;
}

gdlab::Path rmsprop(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, double rho,
                    double eps, int steps) {
  gdlab::Vector theta = theta0;
  gdlab::Vector s = gdlab::Vector::Zero(theta.size());
  gdlab::Path path;
  path.push_back(theta);
  for (int i = 0; i < steps; ++i) {
    gdlab::Vector g = f.gradient(theta);
    s = rho * s + (1 - rho) * g.array().square().matrix();
    theta = theta - (lr * g.array() / (s.array().sqrt() + eps)).matrix();
    path.push_back(theta);
  }
  return path;
}

gdlab::Path adam(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, double beta1,
                 double beta2, double eps, int steps) {
  gdlab::Vector theta = theta0;
  gdlab::Vector m = gdlab::Vector::Zero(theta.size());
  double v = 0.0;
  gdlab::Path path;
  path.push_back(theta);
  for (int i = 0; i < steps; ++i) {
    int t = i + 1;
    gdlab::Vector g = f.gradient(theta);
    m = beta1 * m + (1 - beta1) * g;
    v = beta2 * v + (1 - beta2) * g.squaredNorm();
    gdlab::Vector m_hat = m / (1 - std::pow(beta1, t));
    double v_hat = v / (1 - std::pow(beta2, t));
    theta = theta - lr * m_hat / (std::sqrt(v_hat) + eps);
    path.push_back(theta);
  }
  return path;
}

}  // namespace exercises
