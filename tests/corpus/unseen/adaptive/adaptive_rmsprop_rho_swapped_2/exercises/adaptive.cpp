#include <bits/stdc++.h>
#include "adaptive.hpp"

using namespace std;
using gdlab::Vector;

namespace exercises {

gdlab::Path adagrad(const gdlab::Objective& f, const Vector& theta0, double lr, double eps, int steps) {
  Vector th = theta0, s = Vector::Zero(th.size());
  gdlab::Path P{th};
  for (int i = 0; i < steps; i++) {
    Vector g = f.gradient(th);
    s.array() += g.array().square();
    th.array() -= lr * g.array() / (s.array().sqrt() + eps);
    P.push_back(th);
  }
  return P;
}

gdlab::Path rmsprop(const gdlab::Objective& f, const Vector& theta0, double lr, double rho, double eps,
                    int steps) {
  Vector th = theta0, s = Vector::Zero(th.size());
  gdlab::Path P{th};
  for (int i = 0; i < steps; i++) {
    Vector g = f.gradient(th);
    s.array() = rho * g.array().square() + (1 - rho) * s.array();
    th.array() -= lr * g.array() / (s.array().sqrt() + eps);
    P.push_back(th);
  }
  return P;
}

gdlab::Path adam(const gdlab::Objective& f, const Vector& theta0, double lr, double beta1, double beta2,
                 double eps, int steps) {
  Vector th = theta0, m = Vector::Zero(th.size()), s = Vector::Zero(th.size());
  gdlab::Path P{th};
  for (int i = 0; i < steps; i++) {
    int t = i + 1;
    Vector g = f.gradient(th);
    m.array() = beta1 * m.array() + (1 - beta1) * g.array();
    s.array() = beta2 * s.array() + (1 - beta2) * g.array().square();
    auto mh = m.array() / (1 - pow(beta1, t));
    auto sh = s.array() / (1 - pow(beta2, t));
    th.array() -= lr * mh / (sh.sqrt() + eps);
    P.push_back(th);
  }
  return P;
}

}  // namespace exercises
