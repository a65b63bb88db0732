#include "adaptive.hpp"

#include <cmath>
#include <iostream>

namespace exercises {

gdlab::Path adagrad(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, double eps,
                    int steps) {
  gdlab::Vector x = theta0;
  gdlab::Vector s = gdlab::Vector::Zero(x.size());
  gdlab::Path xs{x};
  for (int k = 0; k < steps; ++k) {
    gdlab::Vector g = f.gradient(x);
    s += g.cwiseProduct(g);
    x -= lr * (g.array() / (s.array().sqrt() + eps)).matrix();
    xs.push_back(x);
  }
  return xs;
}

gdlab::Path rmsprop(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, double rho,
                    double eps, int steps) {
  gdlab::Vector x = theta0;
  double s = 0.0;
  gdlab::Path xs{x};
  for (int k = 0; k < steps; ++k) {
    gdlab::Vector g = f.gradient(x);
    s = rho * s + (1 - rho) * g.dot(g);
    x -= lr * g / (std::sqrt(s) + eps);
    xs.push_back(x);
  }
  std::cerr << "rmsprop done, loss " << f.value(x) << std::endl;
  return xs;
}

gdlab::Path adam(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, double beta1,
                 double beta2, double eps, int steps) {
  gdlab::Vector x = theta0;
  gdlab::Vector m = gdlab::Vector::Zero(x.size()), s = gdlab::Vector::Zero(x.size());
  gdlab::Path xs{x};
  for (int k = 0; k < steps; ++k) {
    gdlab::Vector g = f.gradient(x);
    m = beta1 * m + (1 - beta1) * g;
    s = beta2 * s + (1 - beta2) * g.cwiseProduct(g);
    gdlab::Vector mh = m / (1 - std::pow(beta1, k + 1));
    gdlab::Vector sh = s / (1 - std::pow(beta2, k + 1));
    x -= lr * (mh.array() / (sh.array().sqrt() + eps)).matrix();
    xs.push_back(x);
  }
  return xs;
}

}  // namespace exercises
