// Correct: Nesterov with the rate inside the velocity, u = lr v: u <- beta u + lr g at the
// look-ahead theta - beta u, then theta <- theta - u. The same points as the course's form.
#include "nesterov.hpp"

namespace exercises {

gdlab::Path nesterov(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, double beta,
                     int steps) {
  gdlab::Path path{theta0};
  gdlab::Vector theta = theta0;
  gdlab::Vector u = gdlab::Vector::Zero(theta0.size());
  for (int k = 0; k < steps; ++k) {
    u = beta * u + lr * f.gradient(theta - beta * u);
    theta -= u;
    path.push_back(theta);
  }
  return path;
}

}  // namespace exercises
