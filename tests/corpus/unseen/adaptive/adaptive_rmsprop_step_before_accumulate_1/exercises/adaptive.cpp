#include <bits/stdc++.h>
#include "adaptive.hpp"

namespace exercises {

gdlab::Path adagrad(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, double eps,
                    int steps) {
  gdlab::Vector th = theta0;
  std::vector<double> G(th.size());
  gdlab::Path out{th};
  for (int k = 0; k < steps; k++) {
    gdlab::Vector g = f.gradient(th);
    for (int i = 0; i < th.size(); i++) {
      G[i] += g[i] * g[i];
      th[i] -= lr * g[i] / (std::sqrt(G[i]) + eps);
    }
    out.push_back(th);
  }
  return out;
}

gdlab::Path rmsprop(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, double rho,
                    double eps, int steps) {
  gdlab::Vector th = theta0;
  std::vector<double> E(th.size());
  gdlab::Path out{th};
  for (int k = 0; k < steps; k++) {
    gdlab::Vector g = f.gradient(th);
    for (int i = 0; i < th.size(); i++) {
      th[i] -= lr * g[i] / (std::sqrt(E[i]) + eps);
      E[i] = rho * E[i] + (1 - rho) * g[i] * g[i];
    }
    out.push_back(th);
  }
  return out;
}

gdlab::Path adam(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, double beta1,
                 double beta2, double eps, int steps) {
  gdlab::Vector th = theta0;
  std::vector<double> M(th.size()), V(th.size());
  gdlab::Path out{th};
  for (int k = 0; k < steps; k++) {
    int t = k + 1;
    gdlab::Vector g = f.gradient(th);
    for (int i = 0; i < th.size(); i++) {
      M[i] = beta1 * M[i] + (1 - beta1) * g[i];
      V[i] = beta2 * V[i] + (1 - beta2) * g[i] * g[i];
      double mh = M[i] / (1 - std::pow(beta1, t));
      double vh = V[i] / (1 - std::pow(beta2, t));
      th[i] -= lr * mh / (std::sqrt(vh) + eps);
    }
    out.push_back(th);
  }
  return out;
}

}  // namespace exercises
