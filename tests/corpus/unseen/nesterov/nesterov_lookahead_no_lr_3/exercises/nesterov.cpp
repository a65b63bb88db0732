#include "nesterov.hpp"

namespace exercises {

using gdlab::Vector;

static Vector look_ahead(const Vector& theta, const Vector& v, double beta) {
  return theta - beta * v;
}

gdlab::Path nesterov(const gdlab::Objective& f, const Vector& theta0, double lr, double beta,
                     int steps) {
  Vector theta = theta0;
  Vector v = Vector::Zero(theta.size());
  gdlab::Path path;
  path.reserve(steps + 1);
  path.push_back(theta);
  for (int k = 1; k <= steps; ++k) {
    Vector g = f.gradient(look_ahead(theta, v, beta));
    v = beta * v + g;
    theta -= lr * v;
    path.push_back(theta);
  }
  return path;
}

}  // namespace exercises
