#include "adaptive.hpp"

#include <cmath>

namespace exercises {

using gdlab::Vector;

gdlab::Path adagrad(const gdlab::Objective& f, const Vector& theta0, double lr, double eps,
                    int steps) {
  Vector theta = theta0, s = Vector::Zero(theta0.size());
  gdlab::Path path{theta};
  for (int i = 0; i < steps; i++) {
    Vector g = f.gradient(theta);
    s += g.cwiseProduct(g);
    Vector denom = s.cwiseSqrt().array() + eps;
    theta -= lr * g.cwiseQuotient(denom);
    path.push_back(theta);
  }
  return path;
}

gdlab::Path rmsprop(const gdlab::Objective& f, const Vector& theta0, double lr, double rho,
                    double eps, int steps) {
  Vector theta = theta0, s = Vector::Zero(theta0.size());
  gdlab::Path path{theta};
  for (int i = 0; i < steps; i++) {
    Vector g = f.gradient(theta);
    s = rho * s + (1 - rho) * g.cwiseProduct(g);
    Vector denom = s.cwiseSqrt().array() + eps;
    theta -= lr * g.cwiseQuotient(denom);
    path.push_back(theta);
  }
  return path;
}

gdlab::Path adam(const gdlab::Objective& f, const Vector& theta0, double lr, double beta1,
                 double beta2, double eps, int steps) {
  Vector theta = theta0, m = Vector::Zero(theta0.size()), s = Vector::Zero(theta0.size());
  gdlab::Path path{theta};
  for (int i = 0; i < steps; i++) {
    int t = i + 1;
    Vector g = f.gradient(theta);
    m = beta1 * m + (1 - beta1) * g;
    s = beta2 * s + (1 - beta2) * g.cwiseProduct(g);
    Vector m_hat = m / (1 - std::pow(beta1, t));
    Vector s_hat = s / (1 - std::pow(beta2, t));
    Vector denom = (s_hat.array() + eps).sqrt();
    theta -= lr * m_hat.cwiseQuotient(denom);
    path.push_back(theta);
  }
  return path;
}

}  // namespace exercises
