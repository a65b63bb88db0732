#include "nesterov.hpp"

namespace exercises {

gdlab::Path nesterov(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, double beta,
                     int steps) {
  const gdlab::Index n = theta0.size();
  gdlab::Vector x = theta0, vel = gdlab::Vector::Zero(n), peek(n);
  gdlab::Path out;
  out.push_back(x);
  for (int t = 0; t < steps; ++t) {
    for (gdlab::Index i = 0; i < n; ++i) peek[i] = x[i] + lr * beta * vel[i];
    gdlab::Vector g = f.gradient(peek);
    for (gdlab::Index i = 0; i < n; ++i) {
      vel[i] = beta * vel[i] + g[i];
      x[i] -= lr * vel[i];
    }
    out.push_back(x);
  }
  return out;
}

}  // namespace exercises
