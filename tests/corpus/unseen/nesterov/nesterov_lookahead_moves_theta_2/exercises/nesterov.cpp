#include "nesterov.hpp"

namespace exercises {

gdlab::Path nesterov(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, double beta,
                     int steps) {
  gdlab::Vector theta = theta0;
  gdlab::Vector v = gdlab::Vector::Zero(theta.size());
  gdlab::Path path;
  path.push_back(theta);
  for (int s = 0; s < steps; ++s) {
    gdlab::Vector& ahead = theta;
    ahead -= lr * beta * v;
    const gdlab::Vector g = f.gradient(ahead);
    v = beta * v + g;
    theta = theta - lr * v;
    path.push_back(theta);
  }
  return path;
}

}  // namespace exercises
