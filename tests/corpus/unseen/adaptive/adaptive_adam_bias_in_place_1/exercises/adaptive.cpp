#include "adaptive.hpp"

#include <cmath>

namespace exercises {

gdlab::Path adagrad(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, double eps,
                    int steps) {
  gdlab::Vector theta = theta0;
  gdlab::Vector s = gdlab::Vector::Zero(theta.size());
  gdlab::Path path = {theta};
  for (int k = 0; k < steps; ++k) {
    auto g = f.gradient(theta);
    s += g.cwiseProduct(g);
    theta -= lr * g.cwiseQuotient((s.cwiseSqrt().array() + eps).matrix());
    path.push_back(theta);
  }
  return path;
}

gdlab::Path rmsprop(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, double rho,
                    double eps, int steps) {
  gdlab::Vector theta = theta0;
  gdlab::Vector s = gdlab::Vector::Zero(theta.size());
  gdlab::Path path = {theta};
  for (int k = 0; k < steps; ++k) {
    auto g = f.gradient(theta);
    s = rho * s + (1 - rho) * g.cwiseProduct(g);
    theta -= lr * g.cwiseQuotient((s.cwiseSqrt().array() + eps).matrix());
    path.push_back(theta);
  }
  return path;
}

gdlab::Path adam(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, double beta1,
                 double beta2, double eps, int steps) {
  gdlab::Vector theta = theta0;
  gdlab::Vector m = gdlab::Vector::Zero(theta.size());
  gdlab::Vector s = gdlab::Vector::Zero(theta.size());
  gdlab::Path path = {theta};
  for (int k = 0; k < steps; ++k) {
    const int t = k + 1;
    auto g = f.gradient(theta);
    m = beta1 * m + (1 - beta1) * g;
    s = beta2 * s + (1 - beta2) * g.cwiseProduct(g);
    m /= (1 - std::pow(beta1, t));
    s /= (1 - std::pow(beta2, t));
    theta -= lr * m.cwiseQuotient((s.cwiseSqrt().array() + eps).matrix());
    path.push_back(theta);
  }
  return path;
}

}  // namespace exercises
