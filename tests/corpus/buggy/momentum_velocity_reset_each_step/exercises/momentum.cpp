// Wrong: v is declared (as zero) inside the loop, so every step starts from v = 0 and the
// update is v = g: plain gradient descent, the momentum forgotten.
#include "momentum.hpp"

namespace exercises {

gdlab::Path momentum(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr,
                     double beta, int steps) {
  gdlab::Path path{theta0};
  gdlab::Vector theta = theta0;
  for (int step = 0; step < steps; ++step) {
    gdlab::Vector v = gdlab::Vector::Zero(theta.size());
    v = beta * v + f.gradient(theta);
    theta = theta - lr * v;
    path.push_back(theta);
  }
  return path;
}

}  // namespace exercises
