#include "nesterov.hpp"

namespace exercises {

gdlab::Path nesterov(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, double beta,
                     int steps) {
  gdlab::Vector x = theta0;
  gdlab::Vector buf = gdlab::Vector::Zero(x.size());
  gdlab::Path traj{x};
  for (int i = 0; i < steps; ++i) {
    const gdlab::Vector g = f.gradient(x);
    buf = beta * buf + g;
    const gdlab::Vector dir = g + beta * buf;  // nesterov correction
    x = x - lr * dir;
    traj.push_back(x);
  }
  return traj;
}

}  // namespace exercises
