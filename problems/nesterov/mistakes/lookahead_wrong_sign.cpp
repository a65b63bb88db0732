// mistake: the look-ahead point on the wrong side: theta + lr * beta * v
// hint: the step moves theta by -lr * v, so the look-ahead point is theta - lr * beta * v, not theta + lr * beta * v
#include "nesterov.hpp"

namespace exercises {

gdlab::Path nesterov(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, double beta,
                     int steps) {
  gdlab::Path path{theta0};
  gdlab::Vector theta = theta0;
  gdlab::Vector v = gdlab::Vector::Zero(theta0.size());
  for (int step = 0; step < steps; ++step) {
    const gdlab::Vector g = f.gradient(theta + lr * beta * v);
    v = beta * v + g;
    theta = theta - lr * v;
    path.push_back(theta);
  }
  return path;
}

}  // namespace exercises
