#include "momentum.hpp"

#include <vector>

namespace exercises {

gdlab::Path momentum(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr,
                     double beta, int steps) {
  gdlab::Vector theta(theta0);
  gdlab::Vector g0 = f.gradient(theta);
  std::vector<double> velocity(g0.data(), g0.data() + g0.size());

  gdlab::Path trajectory;
  trajectory.push_back(theta);
  for (int s = 1; s <= steps; ++s) {
    gdlab::Vector g = f.gradient(theta);
    for (std::size_t j = 0; j < velocity.size(); ++j) {
      velocity[j] = beta * velocity[j] + g[j];
      theta[j] = theta[j] - lr * velocity[j];
    }
    trajectory.push_back(theta);
  }
  return trajectory;
}

}  // namespace exercises
