// Correct: a line per step to stderr with std::cerr (step, theta, |v|); at most 500 steps a
// test, so about 30 KB.
#include "momentum.hpp"

#include <iostream>

namespace exercises {

gdlab::Path momentum(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr,
                     double beta, int steps) {
  gdlab::Path path{theta0};
  gdlab::Vector theta = theta0;
  gdlab::Vector v = gdlab::Vector::Zero(theta0.size());
  std::cerr << "momentum: lr=" << lr << " beta=" << beta << " steps=" << steps << "\n";
  for (int step = 0; step < steps; ++step) {
    const gdlab::Vector g = f.gradient(theta);
    v = beta * v + g;
    theta = theta - lr * v;
    path.push_back(theta);
    std::cerr << "step " << step << ": theta=" << theta.transpose() << " |v|=" << v.norm() << "\n";
  }
  return path;
}

}  // namespace exercises
