// Correct: the other textbook form of the heavy ball, with the rate inside the velocity:
// v <- beta v + lr g; theta <- theta - v. With a constant lr it is the course's v scaled by lr.
#include "momentum.hpp"

namespace exercises {

gdlab::Path momentum(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr,
                     double beta, int steps) {
  gdlab::Path path{theta0};
  gdlab::Vector theta = theta0;
  gdlab::Vector v = gdlab::Vector::Zero(theta0.size());
  for (int step = 0; step < steps; ++step) {
    v = beta * v + lr * f.gradient(theta);
    theta = theta - v;
    path.push_back(theta);
  }
  return path;
}

}  // namespace exercises
