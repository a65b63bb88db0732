#include "momentum.hpp"

namespace exercises {

gdlab::Path momentum(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr,
                     double beta, int steps) {
  const gdlab::Index d = theta0.size();
  gdlab::Vector theta = theta0;
  gdlab::Vector velocity = gdlab::Vector::Zero(d);
  gdlab::Path path;
  path.push_back(theta);
  for (int step = 0; step < steps; ++step) {
    gdlab::Vector grad = f.gradient(theta);
    for (gdlab::Index j = 0; j < d; ++j) {
      velocity(j) = beta * velocity(j) + beta * grad(j);
    }
    theta -= lr * velocity;
    path.push_back(theta);
  }
  return path;
}

}  // namespace exercises
