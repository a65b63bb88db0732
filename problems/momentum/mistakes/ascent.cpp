// mistake: gradient ascent instead of descent
// hint: your steps go uphill: look at the sign of the update
#include "momentum.hpp"

namespace exercises {

gdlab::Path momentum(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr,
                     double beta, int steps) {
  gdlab::Path path{theta0};
  gdlab::Vector theta = theta0;
  gdlab::Vector v = gdlab::Vector::Zero(theta0.size());
  for (int step = 0; step < steps; ++step) {
    const gdlab::Vector g = f.gradient(theta);
    v = beta * v + g;
    theta = theta + lr * v;
    path.push_back(theta);
  }
  return path;
}

}  // namespace exercises
