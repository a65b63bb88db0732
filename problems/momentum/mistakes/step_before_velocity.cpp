// mistake: theta moved with the old velocity, before the velocity takes in the new gradient
// hint: your first step does not move: in §6's update, which changes first, v or theta?
#include "momentum.hpp"

namespace exercises {

gdlab::Path momentum(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr,
                     double beta, int steps) {
  gdlab::Path path{theta0};
  gdlab::Vector theta = theta0;
  gdlab::Vector v = gdlab::Vector::Zero(theta0.size());
  for (int step = 0; step < steps; ++step) {
    const gdlab::Vector g = f.gradient(theta);
    theta = theta - lr * v;
    v = beta * v + g;
    path.push_back(theta);
  }
  return path;
}

}  // namespace exercises
