#include "nesterov.hpp"
#include <vector>

namespace exercises {

gdlab::Path nesterov(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, double beta,
                     int steps) {
  const auto n = theta0.size();
  gdlab::Vector theta = theta0;
  std::vector<double> v(n, 0.0);
  gdlab::Path path{theta};
  for (int k = 0; k < steps; ++k) {
    gdlab::Vector peek(n);
    for (gdlab::Index i = 0; i < n; ++i) peek[i] = theta[i] - lr * beta * v[i];
    gdlab::Vector g = f.gradient(peek);
    for (gdlab::Index i = 0; i < n; ++i) {
      v[i] = beta * v[i] + g[i];
      theta[i] = peek[i] - lr * v[i];
    }
    path.push_back(theta);
  }
  return path;
}

}  // namespace exercises
