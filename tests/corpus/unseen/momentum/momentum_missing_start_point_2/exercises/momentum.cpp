#include <iostream>
#include "momentum.hpp"

namespace exercises {

gdlab::Path momentum(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr,
                     double beta, int steps) {
  gdlab::Path iterates;
  iterates.reserve(steps);
  gdlab::Vector w = theta0;
  gdlab::Vector velocity = gdlab::Vector::Zero(w.size());
  for (int step = 0; step < steps; ++step) {
    velocity = beta * velocity + f.gradient(w);
    w -= lr * velocity;
    iterates.push_back(w);
    if (step % 5 == 0) std::cerr << "step " << step << " loss " << f.value(w) << "\n";
  }
  return iterates;
}

}  // namespace exercises
