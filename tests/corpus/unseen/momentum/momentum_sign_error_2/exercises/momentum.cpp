#include "momentum.hpp"

namespace exercises {

// v points downhill: it collects the negative gradients.
gdlab::Path momentum(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr,
                     double beta, int steps) {
  gdlab::Vector th = theta0;
  gdlab::Vector v = gdlab::Vector::Zero(th.size());
  gdlab::Path trace;
  trace.push_back(th);
  for (int k = 0; k < steps; ++k) {
    gdlab::Vector downhill = -f.gradient(th);
    v = beta * v + downhill;
    th = th - lr * v;
    trace.push_back(th);
  }
  return trace;
}

}  // namespace exercises
