#include "nesterov.hpp"
#include <vector>

namespace exercises {

gdlab::Path nesterov(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, double beta,
                     int steps) {
  const int n = static_cast<int>(theta0.size());
  std::vector<double> v(n, 0.0);
  gdlab::Vector theta = theta0;
  gdlab::Path hist{theta};
  for (int it = 0; it < steps; ++it) {
    gdlab::Vector ahead(n);
    for (int i = 0; i < n; ++i) ahead[i] = theta[i] - beta * v[i];
    const gdlab::Vector g = f.gradient(ahead);
    for (int i = 0; i < n; ++i) {
      v[i] = beta * v[i] + g[i];
      theta[i] = theta[i] - lr * v[i];
    }
    hist.push_back(theta);
  }
  return hist;
}

}  // namespace exercises
