#include "adaptive.hpp"

#include <cmath>
#include <vector>

namespace exercises {

gdlab::Path adagrad(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, double eps,
                    int steps) {
  const auto n = theta0.size();
  gdlab::Vector theta = theta0;
  std::vector<double> sum_g2(n, 0.0);
  gdlab::Path result{theta};
  for (int it = 0; it < steps; ++it) {
    gdlab::Vector grad = f.gradient(theta);
    for (gdlab::Index i = 0; i < n; ++i) {
      sum_g2[i] += grad[i] * grad[i];
      theta[i] -= lr * grad[i] / (std::sqrt(sum_g2[i]) + eps);
    }
    result.push_back(theta);
  }
  return result;
}

gdlab::Path rmsprop(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, double rho,
                    double eps, int steps) {
  const auto n = theta0.size();
  gdlab::Vector theta = theta0;
  std::vector<double> mean_g2(n, 0.0);
  gdlab::Path result{theta};
  for (int it = 0; it < steps; ++it) {
    gdlab::Vector grad = f.gradient(theta);
    for (gdlab::Index i = 0; i < n; ++i) {
      mean_g2[i] = rho * mean_g2[i] + (1 - rho) * grad[i] * grad[i];
      theta[i] -= lr * grad[i] / (std::sqrt(mean_g2[i]) + eps);
    }
    result.push_back(theta);
  }
  return result;
}

gdlab::Path adam(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, double beta1,
                 double beta2, double eps, int steps) {
  const auto n = theta0.size();
  gdlab::Vector theta = theta0;
  std::vector<double> m(n, 0.0), s(n, 0.0);
  gdlab::Path result{theta};
  for (int it = 0; it < steps; ++it) {
    const int t = it + 1;
    gdlab::Vector grad = f.gradient(theta);
    for (gdlab::Index i = 0; i < n; ++i) {
      m[i] = beta1 * m[i] + (1 - beta1) * grad[i];
      s[i] = beta2 * s[i] + (1 - beta2) * grad[i] * grad[i];
      const double m_hat = m[i] / (1 - std::pow(beta1, t));
      const double s_hat = s[i] / (1 - std::pow(beta2, t));
      theta[i] -= lr * m_hat / (s_hat + eps);
    }
    result.push_back(theta);
  }
  return result;
}

}  // namespace exercises
