#include "adaptive.hpp"

#include <cmath>
#include <vector>

namespace exercises {

gdlab::Path adagrad(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, double eps,
                    int steps) {
  gdlab::Path path;
  path.push_back(theta0);
  gdlab::Vector th = theta0;
  std::vector<double> s(th.size(), 0.0);
  for (int k = 0; k < steps; ++k) {
    gdlab::Vector g = f.gradient(th);
    for (std::size_t j = 0; j < s.size(); ++j) {
      s[j] += g[j] * g[j];
      th[j] -= lr * g[j] / (std::sqrt(s[j]) + eps);
    }
    path.push_back(th);
  }
  return path;
}

gdlab::Path rmsprop(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, double rho,
                    double eps, int steps) {
  gdlab::Path path;
  path.push_back(theta0);
  gdlab::Vector th = theta0;
  for (int k = 0; k < steps; ++k) {
    std::vector<double> s(th.size(), 0.0);
    gdlab::Vector g = f.gradient(th);
    for (std::size_t j = 0; j < s.size(); ++j) {
      s[j] = rho * s[j] + (1 - rho) * g[j] * g[j];
      th[j] -= lr * g[j] / (std::sqrt(s[j]) + eps);
    }
    path.push_back(th);
  }
  return path;
}

gdlab::Path adam(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, double beta1,
                 double beta2, double eps, int steps) {
  gdlab::Path path;
  path.push_back(theta0);
  gdlab::Vector th = theta0;
  std::vector<double> m(th.size(), 0.0), s(th.size(), 0.0);
  for (int k = 0; k < steps; ++k) {
    gdlab::Vector g = f.gradient(th);
    const int t = k + 1;
    for (std::size_t j = 0; j < s.size(); ++j) {
      m[j] = beta1 * m[j] + (1 - beta1) * g[j];
      s[j] = beta2 * s[j] + (1 - beta2) * g[j] * g[j];
      const double mhat = m[j] / (1 - std::pow(beta1, t));
      const double shat = s[j] / (1 - std::pow(beta2, t));
      th[j] -= lr * mhat / (std::sqrt(shat) + eps);
    }
    path.push_back(th);
  }
  return path;
}

}  // namespace exercises
