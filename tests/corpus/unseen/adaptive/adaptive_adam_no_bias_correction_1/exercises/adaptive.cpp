#include "adaptive.hpp"

#include <cmath>

namespace exercises {

gdlab::Path adagrad(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, double eps,
                    int steps) {
  gdlab::Vector theta = theta0;
  gdlab::Vector s = gdlab::Vector::Zero(theta.size());
  gdlab::Path path{theta};
  for (int k = 0; k < steps; ++k) {
    gdlab::Vector g = f.gradient(theta);
    s += g.array().square().matrix();
    theta -= (lr * g.array() / (s.array().sqrt() + eps)).matrix();
    path.push_back(theta);
  }
  return path;
}

gdlab::Path rmsprop(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, double rho,
                    double eps, int steps) {
  gdlab::Vector theta = theta0;
  gdlab::Vector s = gdlab::Vector::Zero(theta.size());
  gdlab::Path path{theta};
  for (int k = 0; k < steps; ++k) {
    gdlab::Vector g = f.gradient(theta);
    s = rho * s + (1.0 - rho) * g.array().square().matrix();
    theta -= (lr * g.array() / (s.array().sqrt() + eps)).matrix();
    path.push_back(theta);
  }
  return path;
}

gdlab::Path adam(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, double beta1,
                 double beta2, double eps, int steps) {
  gdlab::Vector theta = theta0;
  gdlab::Vector m = gdlab::Vector::Zero(theta.size());
  gdlab::Vector s = gdlab::Vector::Zero(theta.size());
  gdlab::Path path{theta};
  for (int k = 0; k < steps; ++k) {
    gdlab::Vector g = f.gradient(theta);
    m = beta1 * m + (1.0 - beta1) * g;
    s = beta2 * s + (1.0 - beta2) * g.array().square().matrix();
    theta -= (lr * m.array() / (s.array().sqrt() + eps)).matrix();
    path.push_back(theta);
  }
  return path;
}

}  // namespace exercises
