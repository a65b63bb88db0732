// mistake: only the last iterate returned
// hint: return the whole path, every iterate from the start, not just where it ends
#include "momentum.hpp"

namespace exercises {

gdlab::Path momentum(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr,
                     double beta, int steps) {
  gdlab::Vector theta = theta0;
  gdlab::Vector v = gdlab::Vector::Zero(theta0.size());
  for (int step = 0; step < steps; ++step) {
    const gdlab::Vector g = f.gradient(theta);
    v = beta * v + g;
    theta = theta - lr * v;
  }
  return gdlab::Path{theta};
}

}  // namespace exercises
