// Nesterov: "look one step ahead" - I keep the look-ahead position y = theta - lr*beta*v.
#include "nesterov.hpp"

namespace exercises {

gdlab::Path nesterov(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, double beta,
                     int steps) {
  gdlab::Vector theta = theta0;
  gdlab::Vector v = gdlab::Vector::Zero(theta0.size());
  gdlab::Vector y = theta0;
  gdlab::Path ys{y};
  for (int s = 0; s < steps; ++s) {
    gdlab::Vector g = f.gradient(y);
    v = beta * v + g;
    theta = theta - lr * v;
    y = theta - lr * beta * v;
    ys.push_back(y);
  }
  return ys;
}

}  // namespace exercises
