// mistake: the gradient at theta instead of the look-ahead point: this is heavy-ball momentum, not Nesterov
// hint: take g = grad L(theta - lr * beta * v): Nesterov feels the slope where the velocity is about to carry it, not where theta is now
#include "nesterov.hpp"

namespace exercises {

gdlab::Path nesterov(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, double beta,
                     int steps) {
  gdlab::Path path{theta0};
  gdlab::Vector theta = theta0;
  gdlab::Vector v = gdlab::Vector::Zero(theta0.size());
  for (int step = 0; step < steps; ++step) {
    const gdlab::Vector g = f.gradient(theta);
    v = beta * v + g;
    theta = theta - lr * v;
    path.push_back(theta);
  }
  return path;
}

}  // namespace exercises
