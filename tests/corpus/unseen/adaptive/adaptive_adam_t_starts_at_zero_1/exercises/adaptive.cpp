#include "adaptive.hpp"

#include <cmath>

namespace exercises {

gdlab::Path adagrad(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, double eps,
                    int steps) {
  gdlab::Path path{theta0};
  gdlab::Vector x = theta0;
  gdlab::Vector G = gdlab::Vector::Zero(x.size());
  for (int k = 0; k < steps; ++k) {
    auto g = f.gradient(x);
    G.array() += g.array().square();
    x.array() -= lr * g.array() / (G.array().sqrt() + eps);
    path.push_back(x);
  }
  return path;
}

gdlab::Path rmsprop(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, double rho,
                    double eps, int steps) {
  gdlab::Path path{theta0};
  gdlab::Vector x = theta0;
  gdlab::Vector E = gdlab::Vector::Zero(x.size());
  for (int k = 0; k < steps; ++k) {
    auto g = f.gradient(x);
    E.array() = rho * E.array() + (1 - rho) * g.array().square();
    x.array() -= lr * g.array() / (E.array().sqrt() + eps);
    path.push_back(x);
  }
  return path;
}

gdlab::Path adam(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, double beta1,
                 double beta2, double eps, int steps) {
  gdlab::Path path{theta0};
  gdlab::Vector x = theta0;
  gdlab::Vector m = gdlab::Vector::Zero(x.size());
  gdlab::Vector v = gdlab::Vector::Zero(x.size());
  for (int k = 0; k < steps; ++k) {
    auto g = f.gradient(x);
    m = beta1 * m + (1 - beta1) * g;
    v.array() = beta2 * v.array() + (1 - beta2) * g.array().square();
    gdlab::Vector m_hat = m / (1 - std::pow(beta1, k));
    gdlab::Vector v_hat = v / (1 - std::pow(beta2, k));
    x.array() -= lr * m_hat.array() / (v_hat.array().sqrt() + eps);
    path.push_back(x);
  }
  return path;
}

}  // namespace exercises
