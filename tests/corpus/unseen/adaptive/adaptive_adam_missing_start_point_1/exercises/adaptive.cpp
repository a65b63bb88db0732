#include "adaptive.hpp"

#include <cmath>
#include <vector>

namespace exercises {

gdlab::Path adagrad(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, double eps,
                    int steps) {
  gdlab::Path iters(1, theta0);
  gdlab::Vector w = theta0;
  gdlab::Vector acc = gdlab::Vector::Zero(w.size());
  for (int step = 0; step < steps; ++step) {
    gdlab::Vector g = f.gradient(w);
    for (gdlab::Index j = 0; j < w.size(); ++j) {
      acc(j) += g(j) * g(j);
      w(j) -= lr * g(j) / (std::sqrt(acc(j)) + eps);
    }
    iters.push_back(w);
  }
  return iters;
}

gdlab::Path rmsprop(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, double rho,
                    double eps, int steps) {
  gdlab::Path iters(1, theta0);
  gdlab::Vector w = theta0;
  gdlab::Vector acc = gdlab::Vector::Zero(w.size());
  for (int step = 0; step < steps; ++step) {
    gdlab::Vector g = f.gradient(w);
    for (gdlab::Index j = 0; j < w.size(); ++j) {
      acc(j) = rho * acc(j) + (1 - rho) * g(j) * g(j);
      w(j) -= lr * g(j) / (std::sqrt(acc(j)) + eps);
    }
    iters.push_back(w);
  }
  return iters;
}

gdlab::Path adam(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, double beta1,
                 double beta2, double eps, int steps) {
  gdlab::Path iters;
  iters.reserve(steps);
  gdlab::Vector w = theta0;
  gdlab::Vector m = gdlab::Vector::Zero(w.size());
  gdlab::Vector s = gdlab::Vector::Zero(w.size());
  for (int step = 0; step < steps; ++step) {
    const int t = step + 1;
    gdlab::Vector g = f.gradient(w);
    for (gdlab::Index j = 0; j < w.size(); ++j) {
      m(j) = beta1 * m(j) + (1 - beta1) * g(j);
      s(j) = beta2 * s(j) + (1 - beta2) * g(j) * g(j);
      double m_hat = m(j) / (1 - std::pow(beta1, t));
      double s_hat = s(j) / (1 - std::pow(beta2, t));
      w(j) -= lr * m_hat / (std::sqrt(s_hat) + eps);
    }
    iters.push_back(w);
  }
  return iters;
}

}  // namespace exercises
