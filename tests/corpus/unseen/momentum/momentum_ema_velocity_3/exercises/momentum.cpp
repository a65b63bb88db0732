// Heavy-ball momentum: the ball keeps 90% of its speed and the slope adds the rest.
#include "momentum.hpp"

namespace exercises {

gdlab::Path momentum(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr,
                     double beta, int steps) {
  auto update_velocity = [beta](const gdlab::Vector& v, const gdlab::Vector& g) -> gdlab::Vector {
    return beta * v + (1.0 - beta) * g;  // 90% old velocity + 10% new gradient
  };

  gdlab::Vector x = theta0;
  gdlab::Vector v = gdlab::Vector::Zero(x.size());
  gdlab::Path hist{x};
  for (int t = 0; t < steps; t++) {
    v = update_velocity(v, f.gradient(x));
    x -= lr * v;
    hist.push_back(x);
  }
  return hist;
}

}  // namespace exercises
