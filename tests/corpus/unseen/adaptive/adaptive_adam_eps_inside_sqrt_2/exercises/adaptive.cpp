#include <bits/stdc++.h>
#include "adaptive.hpp"

using namespace std;

namespace exercises {

gdlab::Path adagrad(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, double eps,
                    int steps) {
  gdlab::Vector x = theta0;
  vector<double> G(x.size(), 0.0);
  gdlab::Path res{x};
  int k = 0;
  while (k++ < steps) {
    auto g = f.gradient(x);
    for (int i = 0; i < (int)x.size(); i++) {
      G[i] += g[i] * g[i];
      x[i] -= lr * g[i] / (sqrt(G[i]) + eps);
    }
    res.push_back(x);
  }
  return res;
}

gdlab::Path rmsprop(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, double rho,
                    double eps, int steps) {
  gdlab::Vector x = theta0;
  vector<double> E(x.size(), 0.0);
  gdlab::Path res{x};
  int k = 0;
  while (k++ < steps) {
    auto g = f.gradient(x);
    for (int i = 0; i < (int)x.size(); i++) {
      E[i] = rho * E[i] + (1 - rho) * g[i] * g[i];
      x[i] -= lr * g[i] / (sqrt(E[i]) + eps);
    }
    res.push_back(x);
  }
  return res;
}

gdlab::Path adam(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, double beta1,
                 double beta2, double eps, int steps) {
  gdlab::Vector x = theta0;
  vector<double> m(x.size(), 0.0), v(x.size(), 0.0);
  gdlab::Path res{x};
  for (int t = 1; t <= steps; t++) {
    auto g = f.gradient(x);
    for (int i = 0; i < (int)x.size(); i++) {
      m[i] = beta1 * m[i] + (1 - beta1) * g[i];
      v[i] = beta2 * v[i] + (1 - beta2) * g[i] * g[i];
      double mh = m[i] / (1 - pow(beta1, t));
      double vh = v[i] / (1 - pow(beta2, t));
      x[i] -= lr * mh / sqrt(vh + eps);
    }
    res.push_back(x);
  }
  return res;
}

}  // namespace exercises
