// mistake: the look-ahead point without the learning rate: theta - beta * v
// hint: in the course's form v is a sum of gradients, not a step: the look-ahead point is theta - lr * beta * v
#include "nesterov.hpp"

namespace exercises {

gdlab::Path nesterov(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, double beta,
                     int steps) {
  gdlab::Path path{theta0};
  gdlab::Vector theta = theta0;
  gdlab::Vector v = gdlab::Vector::Zero(theta0.size());
  for (int step = 0; step < steps; ++step) {
    const gdlab::Vector g = f.gradient(theta - beta * v);
    v = beta * v + g;
    theta = theta - lr * v;
    path.push_back(theta);
  }
  return path;
}

}  // namespace exercises
