// mistake: theta itself moved to the look-ahead point, then stepped from there: lr * beta * v is taken twice
// hint: the look-ahead point is only where the gradient is taken: keep theta, compute g at theta - lr * beta * v in a new variable, then theta <- theta - lr * v
#include "nesterov.hpp"

namespace exercises {

gdlab::Path nesterov(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, double beta,
                     int steps) {
  gdlab::Path path{theta0};
  gdlab::Vector theta = theta0;
  gdlab::Vector v = gdlab::Vector::Zero(theta0.size());
  for (int step = 0; step < steps; ++step) {
    theta = theta - lr * beta * v;
    const gdlab::Vector g = f.gradient(theta);
    v = beta * v + g;
    theta = theta - lr * v;
    path.push_back(theta);
  }
  return path;
}

}  // namespace exercises
