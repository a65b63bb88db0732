#include "momentum.hpp"

namespace exercises {

using gdlab::Vector;

gdlab::Path momentum(const gdlab::Objective& f, const Vector& theta0, double lr, double beta,
                     int steps) {
  Vector p = theta0;
  Vector v(f.gradient(p));
  gdlab::Path path(1, p);
  for (int k = 0; k < steps; ++k) {
    v = beta * v + f.gradient(p);
    p = p - lr * v;
    path.emplace_back(p);
  }
  return path;
}

}  // namespace exercises
