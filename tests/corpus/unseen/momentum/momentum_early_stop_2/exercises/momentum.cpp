#include <cmath>
#include "momentum.hpp"

namespace exercises {

gdlab::Path momentum(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr,
                     double beta, int steps) {
  gdlab::Vector theta = theta0;
  gdlab::Vector v = gdlab::Vector::Zero(theta.size());
  gdlab::Path path{theta};
  double prev = f.value(theta);
  for (int i = 0; i < steps; ++i) {
    v = beta * v + f.gradient(theta);
    theta = theta - lr * v;
    path.push_back(theta);
    double cur = f.value(theta);
    if (std::abs(prev - cur) < 1e-6) {
      break;
    }
    prev = cur;
  }
  return path;
}

}  // namespace exercises
