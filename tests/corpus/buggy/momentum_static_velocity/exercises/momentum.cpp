// Wrong: the velocity is a static so that it "survives between steps", but it also survives
// between calls: a second call starts with the first call's last v instead of zero.
#include "momentum.hpp"

namespace exercises {

gdlab::Path momentum(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr,
                     double beta, int steps) {
  static gdlab::Vector v = gdlab::Vector::Zero(theta0.size());
  gdlab::Path path{theta0};
  gdlab::Vector theta = theta0;
  for (int step = 0; step < steps; ++step) {
    v = beta * v + f.gradient(theta);
    theta = theta - lr * v;
    path.push_back(theta);
  }
  return path;
}

}  // namespace exercises
