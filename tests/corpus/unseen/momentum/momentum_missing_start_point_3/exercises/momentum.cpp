#include "momentum.hpp"

namespace exercises {

gdlab::Path momentum(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr,
                     double beta, int steps) {
  gdlab::Path path(steps);
  gdlab::Vector theta = theta0, v = gdlab::Vector::Zero(theta0.size());
  for (int i = 0; i < steps; i++) {
    v = beta * v + f.gradient(theta);
    theta -= lr * v;
    path[i] = theta;
  }
  return path;
}

}  // namespace exercises
