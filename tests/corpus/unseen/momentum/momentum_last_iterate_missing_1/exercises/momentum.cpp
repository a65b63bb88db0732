#include "momentum.hpp"

namespace exercises {

gdlab::Path momentum(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr,
                     double beta, int steps) {
  gdlab::Path path;
  gdlab::Vector theta = theta0;
  gdlab::Vector v = gdlab::Vector::Zero(theta.size());
  for (int k = 0; k < steps; ++k) {
    path.push_back(theta);
    gdlab::Vector g = f.gradient(theta);
    v = beta * v + g;
    theta = theta - lr * v;
  }
  return path;
}

}  // namespace exercises
