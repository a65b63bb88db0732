// Correct: the sums s and moments m kept in long double, coordinate by coordinate, theta
// rounded to double after each step to call the gradient.
#include "adaptive.hpp"

#include <cmath>
#include <vector>

namespace exercises {

gdlab::Path adagrad(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, double eps,
                    int steps) {
  gdlab::Path path{theta0};
  gdlab::Vector theta = theta0;
  std::vector<long double> s(theta.size(), 0.0L);
  for (int k = 0; k < steps; ++k) {
    const gdlab::Vector g = f.gradient(theta);
    for (gdlab::Index i = 0; i < theta.size(); ++i) {
      s[i] += static_cast<long double>(g[i]) * g[i];
      theta[i] = static_cast<double>(theta[i] - lr * g[i] / (std::sqrt(s[i]) + eps));
    }
    path.push_back(theta);
  }
  return path;
}

gdlab::Path rmsprop(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, double rho,
                    double eps, int steps) {
  gdlab::Path path{theta0};
  gdlab::Vector theta = theta0;
  std::vector<long double> s(theta.size(), 0.0L);
  for (int k = 0; k < steps; ++k) {
    const gdlab::Vector g = f.gradient(theta);
    for (gdlab::Index i = 0; i < theta.size(); ++i) {
      s[i] = rho * s[i] + (1.0L - rho) * g[i] * g[i];
      theta[i] = static_cast<double>(theta[i] - lr * g[i] / (std::sqrt(s[i]) + eps));
    }
    path.push_back(theta);
  }
  return path;
}

gdlab::Path adam(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, double beta1,
                 double beta2, double eps, int steps) {
  gdlab::Path path{theta0};
  gdlab::Vector theta = theta0;
  std::vector<long double> m(theta.size(), 0.0L), s(theta.size(), 0.0L);
  for (int t = 1; t <= steps; ++t) {
    const gdlab::Vector g = f.gradient(theta);
    const long double c1 = 1.0L - std::pow(static_cast<long double>(beta1), t);
    const long double c2 = 1.0L - std::pow(static_cast<long double>(beta2), t);
    for (gdlab::Index i = 0; i < theta.size(); ++i) {
      m[i] = beta1 * m[i] + (1.0L - beta1) * g[i];
      s[i] = beta2 * s[i] + (1.0L - beta2) * g[i] * g[i];
      theta[i] = static_cast<double>(theta[i] - lr * (m[i] / c1) / (std::sqrt(s[i] / c2) + eps));
    }
    path.push_back(theta);
  }
  return path;
}

}  // namespace exercises
