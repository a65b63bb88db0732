// Correct: momentum by recursion, carrying (theta, v) down the calls and returning the path
// by value from the base case up.
#include "momentum.hpp"

namespace exercises {

namespace {

gdlab::Path roll(const gdlab::Objective& f, gdlab::Vector theta, gdlab::Vector v, double lr, double beta,
                 int left, gdlab::Path path) {
  if (left == 0) return path;
  v = beta * v + f.gradient(theta);
  theta = theta - lr * v;
  path.push_back(theta);
  return roll(f, theta, v, lr, beta, left - 1, std::move(path));
}

}  // namespace

gdlab::Path momentum(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr,
                     double beta, int steps) {
  return roll(f, theta0, gdlab::Vector::Zero(theta0.size()), lr, beta, steps, gdlab::Path{theta0});
}

}  // namespace exercises
