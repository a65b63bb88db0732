#include "nesterov.hpp"
#include <iostream>

namespace exercises {

gdlab::Path nesterov(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, double beta,
                     int steps) {
  gdlab::Vector theta(theta0);
  gdlab::Vector velocity = gdlab::Vector::Zero(theta.size());
  gdlab::Path trajectory;
  trajectory.push_back(theta);
  int step = 0;
  while (step < steps) {
    gdlab::Vector look = theta;
    look += lr * beta * velocity;
    gdlab::Vector grad = f.gradient(look);
    velocity = beta * velocity + grad;
    theta -= lr * velocity;
    trajectory.push_back(theta);
    ++step;
  }
  std::cerr << "nesterov: final loss " << f.value(theta) << '\n';
  return trajectory;
}

}  // namespace exercises
