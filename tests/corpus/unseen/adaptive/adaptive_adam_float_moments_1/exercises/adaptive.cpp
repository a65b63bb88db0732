#include "adaptive.hpp"

#include <cmath>
#include <vector>

namespace exercises {

gdlab::Path adagrad(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, double eps,
                    int steps) {
  gdlab::Vector th = theta0;
  std::vector<double> s(th.size(), 0.0);
  gdlab::Path path{th};
  for (int k = 0; k < steps; ++k) {
    gdlab::Vector g = f.gradient(th);
    for (std::size_t i = 0; i < s.size(); ++i) {
      s[i] += g[i] * g[i];
      th[i] -= lr * g[i] / (std::sqrt(s[i]) + eps);
    }
    path.push_back(th);
  }
  return path;
}

gdlab::Path rmsprop(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, double rho,
                    double eps, int steps) {
  gdlab::Vector th = theta0;
  std::vector<double> s(th.size(), 0.0);
  gdlab::Path path{th};
  for (int k = 0; k < steps; ++k) {
    gdlab::Vector g = f.gradient(th);
    for (std::size_t i = 0; i < s.size(); ++i) {
      s[i] = rho * s[i] + (1 - rho) * g[i] * g[i];
      th[i] -= lr * g[i] / (std::sqrt(s[i]) + eps);
    }
    path.push_back(th);
  }
  return path;
}

gdlab::Path adam(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, double beta1,
                 double beta2, double eps, int steps) {
  gdlab::Vector th = theta0;
  std::vector<float> m(th.size(), 0.0f), s(th.size(), 0.0f);
  gdlab::Path path{th};
  for (int k = 0; k < steps; ++k) {
    const int t = k + 1;
    gdlab::Vector g = f.gradient(th);
    for (std::size_t i = 0; i < s.size(); ++i) {
      m[i] = beta1 * m[i] + (1 - beta1) * g[i];
      s[i] = beta2 * s[i] + (1 - beta2) * g[i] * g[i];
      double mh = m[i] / (1 - std::pow(beta1, t));
      double sh = s[i] / (1 - std::pow(beta2, t));
      th[i] -= lr * mh / (std::sqrt(sh) + eps);
    }
    path.push_back(th);
  }
  return path;
}

}  // namespace exercises
