#include "adaptive.hpp"

#include <cmath>
#include <iostream>

namespace exercises {

namespace {
// elementwise  g / (sqrt(s) + eps)
gdlab::Vector scaled(const gdlab::Vector& g, const gdlab::Vector& s, double eps) {
  return (g.array() / (s.array().sqrt() + eps)).matrix();
}
}  // namespace

gdlab::Path adagrad(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, double eps,
                    int steps) {
  gdlab::Vector th = theta0;
  gdlab::Vector sum_sq = gdlab::Vector::Zero(th.size());
  gdlab::Path path{th};
  for (int k = 0; k < steps; ++k) {
    const gdlab::Vector g = f.gradient(th);
    sum_sq += g.cwiseAbs2();
    th -= lr * scaled(g, sum_sq, eps);
    path.push_back(th);
  }
  return path;
}

gdlab::Path rmsprop(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, double rho,
                    double eps, int steps) {
  gdlab::Vector th = theta0;
  gdlab::Vector avg_sq = gdlab::Vector::Zero(th.size());
  gdlab::Path path{th};
  for (int k = 0; k < steps; ++k) {
    const gdlab::Vector g = f.gradient(th);
    avg_sq = rho * avg_sq + (1 - rho) * g.cwiseAbs2();
    th -= lr * scaled(g, avg_sq, eps);
    path.push_back(th);
  }
  return path;
}

gdlab::Path adam(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, double beta1,
                 double beta2, double eps, int steps) {
  gdlab::Vector th = theta0;
  gdlab::Vector m = gdlab::Vector::Zero(th.size());
  gdlab::Vector v = gdlab::Vector::Zero(th.size());
  gdlab::Path path{th};
  for (int k = 0; k < steps; ++k) {
    const gdlab::Vector g = f.gradient(th);
    m = beta1 * m + (1 - beta1) * g;
    v = beta2 * v + (1 - beta2) * g.cwiseAbs2();
    th -= lr * scaled(m, v, eps);
    path.push_back(th);
    if (k % 10 == 0) std::cerr << "adam " << k << " " << f(th) << "\n";
  }
  return path;
}

}  // namespace exercises
