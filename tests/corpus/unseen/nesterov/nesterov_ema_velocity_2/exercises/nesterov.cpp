#include "nesterov.hpp"

namespace exercises {

gdlab::Path nesterov(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, double beta,
                     int steps) {
  gdlab::Vector w = theta0;
  gdlab::Vector m = gdlab::Vector::Zero(w.size());
  gdlab::Path res;
  res.push_back(w);
  for (int t = 0; t < steps; ++t) {
    const gdlab::Vector w_ahead = w - lr * beta * m;
    const gdlab::Vector g = f.gradient(w_ahead);
    for (gdlab::Index i = 0; i < w.size(); ++i) {
      m(i) = beta * m(i) + (1 - beta) * g(i);
    }
    w = w - lr * m;
    res.push_back(w);
  }
  return res;
}

}  // namespace exercises
