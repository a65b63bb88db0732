#include "adaptive.hpp"

#include <cmath>
#include <vector>

namespace exercises {

gdlab::Path adagrad(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, double eps,
                    int steps) {
  gdlab::Path out{theta0};
  gdlab::Vector w = theta0;
  std::vector<double> acc(w.size(), 0.0);
  for (int it = 0; it < steps; ++it) {
    const gdlab::Vector g = f.gradient(w);
    for (std::size_t i = 0; i < acc.size(); ++i) {
      acc[i] += g[i] * g[i];
      w[i] -= lr * g[i] / (std::sqrt(acc[i]) + eps);
    }
    out.push_back(w);
  }
  return out;
}

gdlab::Path rmsprop(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, double rho,
                    double eps, int steps) {
  gdlab::Path out{theta0};
  gdlab::Vector w = theta0;
  std::vector<double> acc(w.size(), 0.0);
  for (int it = 0; it < steps; ++it) {
    const gdlab::Vector g = f.gradient(w);
    for (std::size_t i = 0; i < acc.size(); ++i) {
      acc[i] = rho * acc[i] + (1.0 - rho) * g[i] * g[i];
      w[i] -= lr * g[i] / (std::sqrt(acc[i]) + eps);
    }
    out.push_back(w);
  }
  return out;
}

gdlab::Path adam(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, double beta1,
                 double beta2, double eps, int steps) {
  gdlab::Path out{theta0};
  gdlab::Vector w = theta0;
  std::vector<double> m(w.size(), 0.0), s(w.size(), 0.0);
  for (int it = 0; it < steps; ++it) {
    const int t = it + 1;
    const gdlab::Vector g = f.gradient(w);
    const double bc1 = 1.0 - std::pow(beta1, t);
    const double bc2 = 1.0 - std::pow(beta2, t);
    for (std::size_t i = 0; i < m.size(); ++i) {
      m[i] = beta1 * m[i] + (1.0 - beta1) * g[i];
      s[i] = beta2 * s[i] + (1.0 - beta2) * g[i] * g[i];
      w[i] -= lr * m[i] / (std::sqrt(s[i]) + eps);
    }
    out.push_back(w);
  }
  return out;
}

}  // namespace exercises
