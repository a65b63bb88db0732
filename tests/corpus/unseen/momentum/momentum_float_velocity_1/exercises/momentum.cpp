#include "momentum.hpp"
#include <vector>

namespace exercises {

gdlab::Path momentum(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr,
                     double beta, int steps) {
  gdlab::Path path{theta0};
  gdlab::Vector theta = theta0;
  std::vector<float> v(theta.size(), 0.0f);
  for (int k = 0; k < steps; ++k) {
    gdlab::Vector g = f.gradient(theta);
    for (int i = 0; i < theta.size(); ++i) {
      v[i] = beta * v[i] + g[i];
      theta[i] -= lr * v[i];
    }
    path.push_back(theta);
  }
  return path;
}

}  // namespace exercises
