#include "adaptive.hpp"

#include <cmath>

namespace exercises {

gdlab::Path adagrad(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, double eps,
                    int steps) {
  gdlab::Path path{theta0};
  gdlab::Vector theta = theta0;
  double s = 0.0;
  for (int k = 0; k < steps; ++k) {
    gdlab::Vector g = f.gradient(theta);
    s += g.squaredNorm();
    theta -= lr * g / (std::sqrt(s) + eps);
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
    s = rho * s + (1 - rho) * g.cwiseAbs2();
    theta.array() -= lr * g.array() / (s.array().sqrt() + eps);
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
    s = beta2 * s + (1 - beta2) * g.cwiseAbs2();
    const double b1t = 1 - std::pow(beta1, k + 1), b2t = 1 - std::pow(beta2, k + 1);
    theta.array() -= lr * (m.array() / b1t) / ((s.array() / b2t).sqrt() + eps);
    path.push_back(theta);
  }
  return path;
}

}  // namespace exercises
