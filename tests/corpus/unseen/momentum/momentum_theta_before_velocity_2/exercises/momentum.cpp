#include "momentum.hpp"
#include <vector>

namespace exercises {

gdlab::Path momentum(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr,
                     double beta, int steps) {
  gdlab::Path path;
  path.push_back(theta0);
  gdlab::Vector x = theta0;
  std::vector<double> v(x.size(), 0.0);
  for (int it = 0; it < steps; ++it) {
    gdlab::Vector g = f.gradient(x);
    for (int i = 0; i < x.size(); ++i) {
      x[i] -= lr * v[i];           // step
      v[i] = beta * v[i] + g[i];   // accumulate
    }
    path.push_back(x);
  }
  return path;
}

}  // namespace exercises
