#include "momentum.hpp"

namespace exercises {

gdlab::Path momentum(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr,
                     double beta, int steps) {
  gdlab::Path path;
  path.push_back(theta0);
  gdlab::Vector theta = theta0;
  gdlab::Vector v = gdlab::Vector::Zero(theta0.size());
  for (int t = 1; t < steps; ++t) {
    gdlab::Vector g = f.gradient(theta);
    v = beta * v + g;
    theta -= lr * v;
    path.push_back(theta);
  }
  return path;
}

}  // namespace exercises
