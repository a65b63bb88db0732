#include "momentum.hpp"

namespace exercises {

gdlab::Path momentum(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr,
                     double beta, int steps) {
  gdlab::Vector theta = theta0;
  gdlab::Vector v = gdlab::Vector::Zero(theta.size());
  gdlab::Path path = {theta};
  for (int k = 0; k <= steps; ++k) {
    gdlab::Vector grad = f.gradient(theta);
    v = beta * v + grad;
    theta = theta - lr * v;
    path.push_back(theta);
  }
  return path;
}

}  // namespace exercises
