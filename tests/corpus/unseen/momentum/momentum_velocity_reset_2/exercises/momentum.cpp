#include "momentum.hpp"

namespace exercises {

namespace {
gdlab::Vector step_once(const gdlab::Objective& f, const gdlab::Vector& theta, gdlab::Vector v,
                        double lr, double beta) {
  v = beta * v + f.gradient(theta);
  return theta - lr * v;
}
}  // namespace

gdlab::Path momentum(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr,
                     double beta, int steps) {
  gdlab::Vector velocity = gdlab::Vector::Zero(theta0.size());
  gdlab::Path path{theta0};
  for (int k = 0; k < steps; ++k) {
    path.push_back(step_once(f, path.back(), velocity, lr, beta));
  }
  return path;
}

}  // namespace exercises
