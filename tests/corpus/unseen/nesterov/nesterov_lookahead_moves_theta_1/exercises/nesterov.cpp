#include "nesterov.hpp"

namespace exercises {

gdlab::Path nesterov(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, double beta,
                     int steps) {
  gdlab::Path path{theta0};
  gdlab::Vector theta = theta0;
  gdlab::Vector v = gdlab::Vector::Zero(theta0.size());
  for (int k = 0; k < steps; ++k) {
    theta -= lr * beta * v;  // look ahead
    gdlab::Vector g = f.gradient(theta);
    v = beta * v + g;
    theta -= lr * v;
    path.push_back(theta);
  }
  return path;
}

}  // namespace exercises
