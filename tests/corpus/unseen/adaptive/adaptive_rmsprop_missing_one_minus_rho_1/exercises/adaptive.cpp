#include "adaptive.hpp"

#include <cmath>

namespace exercises {

gdlab::Path adagrad(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, double eps,
                    int steps) {
  gdlab::Vector theta = theta0;
  gdlab::Vector s = gdlab::Vector::Zero(theta.size());
  gdlab::Path path;
  path.push_back(theta);
  for (int k = 0; k < steps; ++k) {
    const gdlab::Vector g = f.gradient(theta);
    s += g.cwiseAbs2();
    theta -= lr * (g.array() / (s.array().sqrt() + eps)).matrix();
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
  for (int k = 0; k < steps; ++k) {
    const gdlab::Vector g = f.gradient(theta);
    s = rho * s + g.cwiseAbs2();  // decay the old average, add the new one
    theta -= lr * (g.array() / (s.array().sqrt() + eps)).matrix();
    path.push_back(theta);
  }
  return path;
}

gdlab::Path adam(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, double beta1,
                 double beta2, double eps, int steps) {
  gdlab::Vector theta = theta0;
  gdlab::Vector m = gdlab::Vector::Zero(theta.size()), s = gdlab::Vector::Zero(theta.size());
  gdlab::Path path;
  path.push_back(theta);
  for (int k = 0; k < steps; ++k) {
    const gdlab::Vector g = f.gradient(theta);
    m = beta1 * m + (1 - beta1) * g;
    s = beta2 * s + (1 - beta2) * g.cwiseAbs2();
    const gdlab::Vector mh = m / (1 - std::pow(beta1, k + 1));
    const gdlab::Vector sh = s / (1 - std::pow(beta2, k + 1));
    theta -= lr * (mh.array() / (sh.array().sqrt() + eps)).matrix();
    path.push_back(theta);
  }
  return path;
}

}  // namespace exercises
