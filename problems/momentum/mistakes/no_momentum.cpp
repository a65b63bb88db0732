// mistake: plain gradient descent, no momentum
// hint: your path ignores the velocity: keep v between steps and step along it
#include "momentum.hpp"

namespace exercises {

gdlab::Path momentum(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr,
                     double beta, int steps) {
  gdlab::Path path{theta0};
  gdlab::Vector theta = theta0;
  for (int step = 0; step < steps; ++step) {
    const gdlab::Vector g = f.gradient(theta);
    theta = theta - lr * g;
    path.push_back(theta);
  }
  return path;
}

}  // namespace exercises
