#include "adaptive.hpp"

#include <cmath>
#include <vector>

namespace exercises {

gdlab::Path adagrad(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, double eps,
                    int steps) {
  const int n = static_cast<int>(theta0.size());
  std::vector<double> sum(n, 0.0);
  gdlab::Vector theta = theta0;
  gdlab::Path path;
  path.push_back(theta);
  for (int step = 0; step < steps; ++step) {
    gdlab::Vector g = f.gradient(theta);
    for (int i = 0; i < n; ++i) {
      sum[i] += g[i] * g[i];
      theta[i] -= lr * g[i] / (std::sqrt(sum[i]) + eps);
    }
    path.push_back(theta);
  }
  return path;
}

gdlab::Path rmsprop(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, double rho,
                    double eps, int steps) {
  const int n = static_cast<int>(theta0.size());
  std::vector<double> avg(n, 0.0);
  gdlab::Vector theta = theta0;
  gdlab::Path path;
  path.push_back(theta);
  for (int step = 0; step < steps; ++step) {
    gdlab::Vector g = f.gradient(theta);
    for (int i = 0; i < n; ++i) {
      avg[i] = rho * avg[i] + (1 - rho) * g[i] * g[i];
      theta[i] -= lr * g[i] / std::sqrt(avg[i] + eps);
    }
    path.push_back(theta);
  }
  return path;
}

gdlab::Path adam(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, double beta1,
                 double beta2, double eps, int steps) {
  const int n = static_cast<int>(theta0.size());
  std::vector<double> m(n, 0.0), s(n, 0.0);
  gdlab::Vector theta = theta0;
  gdlab::Path path;
  path.push_back(theta);
  for (int step = 0; step < steps; ++step) {
    const int t = step + 1;
    const double c1 = 1 - std::pow(beta1, t);
    const double c2 = 1 - std::pow(beta2, t);
    gdlab::Vector g = f.gradient(theta);
    for (int i = 0; i < n; ++i) {
      m[i] = beta1 * m[i] + (1 - beta1) * g[i];
      s[i] = beta2 * s[i] + (1 - beta2) * g[i] * g[i];
      double m_hat = m[i] / c1;
      double s_hat = s[i] / c2;
      theta[i] -= lr * m_hat / (std::sqrt(s_hat) + eps);
    }
    path.push_back(theta);
  }
  return path;
}

}  // namespace exercises
