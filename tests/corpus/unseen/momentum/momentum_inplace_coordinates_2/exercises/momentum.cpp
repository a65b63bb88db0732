#include "momentum.hpp"

namespace exercises {

gdlab::Path momentum(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr,
                     double beta, int steps) {
  gdlab::Path path;
  path.push_back(theta0);
  gdlab::Vector th = theta0;
  gdlab::Vector v = gdlab::Vector::Zero(th.size());
  for (int t = 0; t < steps; ++t) {
    // one parameter at a time, like w and b in Rolling Downhill
    for (int j = 0; j < th.size(); ++j) {
      gdlab::Vector g = f.gradient(th);
      v[j] = beta * v[j] + g[j];
      th[j] = th[j] - lr * v[j];
    }
    path.push_back(th);
  }
  return path;
}

}  // namespace exercises
