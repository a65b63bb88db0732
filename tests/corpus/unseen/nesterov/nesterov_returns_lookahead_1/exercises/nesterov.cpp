#include "nesterov.hpp"

namespace exercises {

gdlab::Path nesterov(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, double beta,
                     int steps) {
  gdlab::Path path{theta0};
  gdlab::Vector theta = theta0;
  gdlab::Vector v = gdlab::Vector::Zero(theta0.size());
  for (int k = 0; k < steps; ++k) {
    gdlab::Vector g = f.gradient(theta - lr * beta * v);
    v = beta * v + g;
    theta = theta - lr * v;
    path.push_back(theta - lr * beta * v);
  }
  return path;
}

}  // namespace exercises
