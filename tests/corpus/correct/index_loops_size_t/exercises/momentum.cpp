// Correct: heavy-ball momentum with the velocity as a std::vector<double> and index loops
// (std::size_t) for every coordinate; no Eigen arithmetic.
#include "momentum.hpp"

#include <cstddef>

namespace exercises {

gdlab::Path momentum(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr,
                     double beta, int steps) {
  const std::size_t dim = static_cast<std::size_t>(theta0.size());
  std::vector<double> v(dim, 0.0);
  gdlab::Vector theta = theta0;
  gdlab::Path path;
  path.push_back(theta);
  for (int k = 0; k < steps; ++k) {
    const gdlab::Vector g = f.gradient(theta);
    for (std::size_t i = 0; i < dim; ++i) {
      const auto j = static_cast<gdlab::Index>(i);
      v[i] = beta * v[i] + g[j];
      theta[j] = theta[j] - lr * v[i];
    }
    path.push_back(theta);
  }
  return path;
}

}  // namespace exercises
