// mistake: the velocity as an average, v <- beta * v + (1 - beta) * g
// hint: the course's velocity keeps 100% of the new gradient: v <- beta * v + g, without the (1 - beta)
#include "nesterov.hpp"

namespace exercises {

gdlab::Path nesterov(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, double beta,
                     int steps) {
  gdlab::Path path{theta0};
  gdlab::Vector theta = theta0;
  gdlab::Vector v = gdlab::Vector::Zero(theta0.size());
  for (int step = 0; step < steps; ++step) {
    const gdlab::Vector g = f.gradient(theta - lr * beta * v);
    v = beta * v + (1 - beta) * g;
    theta = theta - lr * v;
    path.push_back(theta);
  }
  return path;
}

}  // namespace exercises
