#include "adaptive.hpp"

#include <cmath>

namespace exercises {

gdlab::Path adagrad(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, double eps,
                    int steps) {
  gdlab::Path path{theta0};
  gdlab::Vector theta = theta0;
  gdlab::Vector s = gdlab::Vector::Zero(theta0.size());
  for (int k = 0; k < steps; ++k) {
    gdlab::Vector g = f.gradient(theta);
    s = s + g.cwiseProduct(g);
    for (gdlab::Index i = 0; i < theta.size(); ++i) theta[i] -= lr * g[i] / (std::sqrt(s[i]) + eps);
    path.push_back(theta);
  }
  return path;
}

gdlab::Path rmsprop(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, double rho,
                    double eps, int steps) {
  gdlab::Path path{theta0};
  gdlab::Vector theta = theta0;
  gdlab::Vector s = gdlab::Vector::Zero(theta0.size());
  for (int k = 0; k < steps; ++k) {
    gdlab::Vector g = f.gradient(theta);
    s = (1 - rho) * s + rho * g.cwiseProduct(g);
    for (gdlab::Index i = 0; i < theta.size(); ++i) theta[i] -= lr * g[i] / (std::sqrt(s[i]) + eps);
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
  for (int k = 0; k < steps; ++k) {
    gdlab::Vector g = f.gradient(theta);
    m = beta1 * m + (1 - beta1) * g;
    s = beta2 * s + (1 - beta2) * g.cwiseProduct(g);
    const double c1 = 1 - std::pow(beta1, k + 1);
    const double c2 = 1 - std::pow(beta2, k + 1);
    for (gdlab::Index i = 0; i < theta.size(); ++i)
      theta[i] -= lr * (m[i] / c1) / (std::sqrt(s[i] / c2) + eps);
    path.push_back(theta);
  }
  return path;
}

}  // namespace exercises
