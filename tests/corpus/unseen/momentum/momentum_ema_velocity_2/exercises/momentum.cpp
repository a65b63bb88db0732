#include "momentum.hpp"

namespace exercises {

gdlab::Path momentum(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr,
                     double beta, int steps) {
  const auto n = theta0.size();
  gdlab::Vector theta = theta0;
  gdlab::Vector vel(n);
  for (gdlab::Index i = 0; i < n; ++i) vel[i] = 0.0;

  gdlab::Path out;
  out.reserve(steps + 1);
  out.push_back(theta);

  for (int step = 0; step < steps; ++step) {
    const gdlab::Vector grad = f.gradient(theta);
    for (gdlab::Index i = 0; i < n; ++i) {
      vel[i] = beta * vel[i] + (1 - beta) * grad[i];
      theta[i] -= lr * vel[i];
    }
    out.push_back(theta);
  }
  return out;
}

}  // namespace exercises
