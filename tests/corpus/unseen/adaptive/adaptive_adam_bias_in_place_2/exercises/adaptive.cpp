#include "adaptive.hpp"

#include <cmath>
#include <vector>

namespace exercises {

gdlab::Path adagrad(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, double eps,
                    int steps) {
  std::vector<double> s(theta0.size(), 0.0);
  gdlab::Vector th = theta0;
  gdlab::Path path{th};
  for (int n = 0; n < steps; ++n) {
    gdlab::Vector g = f.gradient(th);
    for (int i = 0; i < th.size(); ++i) {
      s[i] = s[i] + g[i] * g[i];
      th[i] = th[i] - lr * g[i] / (std::sqrt(s[i]) + eps);
    }
    path.push_back(th);
  }
  return path;
}

gdlab::Path rmsprop(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, double rho,
                    double eps, int steps) {
  std::vector<double> s(theta0.size(), 0.0);
  gdlab::Vector th = theta0;
  gdlab::Path path{th};
  for (int n = 0; n < steps; ++n) {
    gdlab::Vector g = f.gradient(th);
    for (int i = 0; i < th.size(); ++i) {
      s[i] = rho * s[i] + (1 - rho) * g[i] * g[i];
      th[i] = th[i] - lr * g[i] / (std::sqrt(s[i]) + eps);
    }
    path.push_back(th);
  }
  return path;
}

gdlab::Path adam(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, double beta1,
                 double beta2, double eps, int steps) {
  std::vector<double> m(theta0.size(), 0.0), v(theta0.size(), 0.0);
  gdlab::Vector th = theta0;
  gdlab::Path path{th};
  for (int n = 0; n < steps; ++n) {
    int t = n + 1;
    gdlab::Vector g = f.gradient(th);
    for (int i = 0; i < th.size(); ++i) {
      m[i] = beta1 * m[i] + (1 - beta1) * g[i];
      v[i] = beta2 * v[i] + (1 - beta2) * g[i] * g[i];
      m[i] = m[i] / (1 - std::pow(beta1, t));
      v[i] = v[i] / (1 - std::pow(beta2, t));
      th[i] = th[i] - lr * m[i] / (std::sqrt(v[i]) + eps);
    }
    path.push_back(th);
  }
  return path;
}

}  // namespace exercises
