#include "momentum.hpp"

namespace exercises {

gdlab::Path momentum(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr,
                     double beta, int steps) {
  gdlab::Path path{theta0};
  gdlab::Vector theta = theta0;
  gdlab::Vector v = f.gradient(theta0);  // start moving in the direction of the slope

  for (int i = 0; i < steps; ++i) {
    gdlab::Vector g = f.gradient(theta);
    v = beta * v + g;
    theta -= lr * v;
    path.push_back(theta);
  }
  return path;
}

}  // namespace exercises
