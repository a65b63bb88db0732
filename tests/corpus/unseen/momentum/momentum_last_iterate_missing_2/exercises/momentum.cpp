#include "momentum.hpp"
#include <iostream>

namespace exercises {

gdlab::Path momentum(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr,
                     double beta, int steps) {
  gdlab::Path visited;
  gdlab::Vector cur = theta0;
  gdlab::Vector vel = gdlab::Vector::Zero(cur.size());
  int k = 0;
  while (k < steps) {
    visited.push_back(cur);
    vel = beta * vel + f.gradient(cur);
    cur -= lr * vel;
    ++k;
  }
  std::cerr << "final loss: " << f(cur) << std::endl;
  return visited;
}

}  // namespace exercises
