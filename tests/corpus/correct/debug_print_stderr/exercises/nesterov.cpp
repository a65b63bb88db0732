// Correct: theta and the look-ahead point to stderr with std::cerr every step, the student
// comparing the two.
#include "nesterov.hpp"

#include <iostream>

namespace exercises {

gdlab::Path nesterov(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, double beta,
                     int steps) {
  gdlab::Path path{theta0};
  gdlab::Vector theta = theta0;
  gdlab::Vector v = gdlab::Vector::Zero(theta0.size());
  for (int step = 0; step < steps; ++step) {
    const gdlab::Vector ahead = theta - lr * beta * v;
    v = beta * v + f.gradient(ahead);
    theta = theta - lr * v;
    path.push_back(theta);
    std::cerr << step << ": theta=" << theta.transpose() << " ahead=" << ahead.transpose() << "\n";
  }
  return path;
}

}  // namespace exercises
