#include "nesterov.hpp"

namespace exercises {

gdlab::Path nesterov(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, double beta,
                     int steps) {
  gdlab::Vector pos = theta0;
  gdlab::Vector vel = gdlab::Vector::Zero(pos.size());
  gdlab::Path path(1, pos);
  for (int i = 0; i < steps; ++i) {
    const gdlab::Vector next_guess = pos - lr * vel;  // where we would land with the current velocity
    vel = beta * vel + f.gradient(next_guess);
    pos -= lr * vel;
    path.emplace_back(pos);
  }
  return path;
}

}  // namespace exercises
