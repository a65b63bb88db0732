// Correct: <bits/stdc++.h> and using namespace std, every optimiser with raw index loops over
// the coordinates and its sums in std::vector<double>; Adam keeps beta^t as running products.
#include <bits/stdc++.h>
#include "adaptive.hpp"
using namespace std;

namespace exercises {

gdlab::Path adagrad(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, double eps,
                    int steps) {
  gdlab::Path res;
  gdlab::Vector th = theta0;
  int d = th.size();
  vector<double> s(d, 0.0);
  res.push_back(th);
  for (int it = 0; it < steps; it++) {
    gdlab::Vector g = f.gradient(th);
    for (int i = 0; i < d; i++) {
      s[i] += g[i] * g[i];
      th[i] -= lr * g[i] / (sqrt(s[i]) + eps);
    }
    res.push_back(th);
  }
  return res;
}

gdlab::Path rmsprop(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, double rho,
                    double eps, int steps) {
  gdlab::Path res;
  gdlab::Vector th = theta0;
  int d = th.size();
  vector<double> s(d, 0.0);
  res.push_back(th);
  for (int it = 0; it < steps; it++) {
    gdlab::Vector g = f.gradient(th);
    for (int i = 0; i < d; i++) {
      s[i] = rho * s[i] + (1 - rho) * g[i] * g[i];
      th[i] -= lr * g[i] / (sqrt(s[i]) + eps);
    }
    res.push_back(th);
  }
  return res;
}

gdlab::Path adam(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, double beta1,
                 double beta2, double eps, int steps) {
  gdlab::Path res;
  gdlab::Vector th = theta0;
  int d = th.size();
  vector<double> m(d, 0.0), s(d, 0.0);
  double b1t = 1, b2t = 1;  // beta1^t and beta2^t
  res.push_back(th);
  for (int it = 0; it < steps; it++) {
    gdlab::Vector g = f.gradient(th);
    b1t *= beta1;
    b2t *= beta2;
    for (int i = 0; i < d; i++) {
      m[i] = beta1 * m[i] + (1 - beta1) * g[i];
      s[i] = beta2 * s[i] + (1 - beta2) * g[i] * g[i];
      double mh = m[i] / (1 - b1t), sh = s[i] / (1 - b2t);
      th[i] -= lr * mh / (sqrt(sh) + eps);
    }
    res.push_back(th);
  }
  return res;
}

}  // namespace exercises
