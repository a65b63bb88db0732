#include "adaptive.hpp"

#include <cmath>

namespace exercises {

gdlab::Path adagrad(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, double eps,
                    int steps) {
  gdlab::Vector p = theta0;
  gdlab::Vector G = gdlab::Vector::Zero(p.size());
  gdlab::Path hist;
  hist.push_back(p);
  for (int t = 1; t <= steps; ++t) {
    gdlab::Vector g = f.gradient(p);
    for (gdlab::Index i = 0; i < p.size(); ++i) {
      G(i) += g(i) * g(i);
      p(i) -= lr * g(i) / (std::sqrt(G(i)) + eps);
    }
    hist.push_back(p);
  }
  return hist;
}

gdlab::Path rmsprop(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, double rho,
                    double eps, int steps) {
  gdlab::Vector p = theta0;
  gdlab::Vector E = gdlab::Vector::Zero(p.size());
  gdlab::Path hist;
  hist.push_back(p);
  for (int t = 1; t <= steps; ++t) {
    gdlab::Vector g = f.gradient(p);
    for (gdlab::Index i = 0; i < p.size(); ++i) {
      E(i) = rho * E(i) + (1 - rho) * g(i) * g(i);
      p(i) -= lr * g(i) / (std::sqrt(E(i)) + eps);
    }
    hist.push_back(p);
  }
  return hist;
}

gdlab::Path adam(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, double beta1,
                 double beta2, double eps, int steps) {
  gdlab::Vector p = theta0;
  gdlab::Vector m = gdlab::Vector::Zero(p.size());
  gdlab::Vector s = gdlab::Vector::Zero(p.size());
  gdlab::Path hist;
  hist.push_back(p);
  for (int t = 1; t <= steps; ++t) {
    gdlab::Vector g = f.gradient(p);
    // hint: pow(beta1, t) with t = step + 1
    const double corr1 = 1 - std::pow(beta1, t + 1);
    const double corr2 = 1 - std::pow(beta2, t + 1);
    for (gdlab::Index i = 0; i < p.size(); ++i) {
      m(i) = beta1 * m(i) + (1 - beta1) * g(i);
      s(i) = beta2 * s(i) + (1 - beta2) * g(i) * g(i);
      const double mh = m(i) / corr1;
      const double sh = s(i) / corr2;
      p(i) -= lr * mh / (std::sqrt(sh) + eps);
    }
    hist.push_back(p);
  }
  return hist;
}

}  // namespace exercises
