// Correct: heavy-ball momentum on std::valarray<double> (v and theta), numpy-style
// whole-array expressions.
#include "momentum.hpp"

#include <valarray>

namespace exercises {

gdlab::Path momentum(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr,
                     double beta, int steps) {
  const std::size_t n = static_cast<std::size_t>(theta0.size());
  std::valarray<double> theta(theta0.data(), n), v(0.0, n);
  gdlab::Path path{theta0};
  gdlab::Vector current = theta0;
  for (int k = 0; k < steps; ++k) {
    const gdlab::Vector gv = f.gradient(current);
    const std::valarray<double> g(gv.data(), n);
    v = beta * v + g;
    theta = theta - lr * v;
    current = Eigen::Map<const gdlab::Vector>(&theta[0], static_cast<gdlab::Index>(n));
    path.push_back(current);
  }
  return path;
}

}  // namespace exercises
