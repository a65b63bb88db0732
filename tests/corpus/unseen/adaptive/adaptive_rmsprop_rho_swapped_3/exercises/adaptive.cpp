#include "adaptive.hpp"

#include <cmath>
#include <vector>

namespace exercises {

namespace {
struct Acc {
  std::vector<double> v;
  explicit Acc(std::size_t n) : v(n, 0.0) {}
};
}  // namespace

gdlab::Path adagrad(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, double eps,
                    int steps) {
  Acc s(theta0.size());
  gdlab::Vector x = theta0;
  gdlab::Path path{x};
  for (int k = 0; k < steps; ++k) {
    auto g = f.gradient(x);
    for (std::size_t i = 0; i < s.v.size(); ++i) {
      s.v[i] += g[i] * g[i];
      x[i] -= lr * g[i] / (std::sqrt(s.v[i]) + eps);
    }
    path.push_back(x);
  }
  return path;
}

gdlab::Path rmsprop(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, double rho,
                    double eps, int steps) {
  Acc s(theta0.size());
  gdlab::Vector x = theta0;
  gdlab::Path path{x};
  for (int k = 0; k < steps; ++k) {
    auto g = f.gradient(x);
    for (std::size_t i = 0; i < s.v.size(); ++i) {
      s.v[i] = (1 - rho) * s.v[i] + rho * g[i] * g[i];
      x[i] -= lr * g[i] / (std::sqrt(s.v[i]) + eps);
    }
    path.push_back(x);
  }
  return path;
}

gdlab::Path adam(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, double beta1,
                 double beta2, double eps, int steps) {
  Acc m(theta0.size()), s(theta0.size());
  gdlab::Vector x = theta0;
  gdlab::Path path{x};
  for (int k = 0; k < steps; ++k) {
    auto g = f.gradient(x);
    const int t = k + 1;
    for (std::size_t i = 0; i < s.v.size(); ++i) {
      m.v[i] = beta1 * m.v[i] + (1 - beta1) * g[i];
      s.v[i] = beta2 * s.v[i] + (1 - beta2) * g[i] * g[i];
      double mhat = m.v[i] / (1 - std::pow(beta1, t));
      double shat = s.v[i] / (1 - std::pow(beta2, t));
      x[i] -= lr * mhat / (std::sqrt(shat) + eps);
    }
    path.push_back(x);
  }
  return path;
}

}  // namespace exercises
