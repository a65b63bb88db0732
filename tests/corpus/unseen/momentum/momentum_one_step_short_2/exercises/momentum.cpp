#include "momentum.hpp"

namespace exercises {

gdlab::Path momentum(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr,
                     double beta, int steps) {
  gdlab::Path path{theta0};
  gdlab::Vector v = gdlab::Vector::Zero(theta0.size());
  while (static_cast<int>(path.size()) < steps) {
    const gdlab::Vector& cur = path.back();
    v = beta * v + f.gradient(cur);
    gdlab::Vector next = cur - lr * v;
    path.push_back(next);
  }
  return path;
}

}  // namespace exercises
