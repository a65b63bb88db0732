#include "nesterov.hpp"

namespace exercises {

gdlab::Path nesterov(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, double beta,
                     int steps) {
  gdlab::Path path;
  gdlab::Vector theta = theta0;
  gdlab::Vector v = gdlab::Vector::Zero(theta0.size());
  for (int k = 0; k < steps; ++k) {
    gdlab::Vector look = theta - lr * beta * v;
    path.push_back(look);  // the point we actually evaluate
    v = beta * v + f.gradient(look);
    theta -= lr * v;
  }
  path.push_back(theta);
  return path;
}

}  // namespace exercises
