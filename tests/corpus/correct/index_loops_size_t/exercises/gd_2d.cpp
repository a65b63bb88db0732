// Correct: plain index loops over the coordinates with std::size_t, no Eigen arithmetic;
// the whole gradient is taken before any coordinate moves.
#include "gd_2d.hpp"

#include <cmath>
#include <cstddef>

namespace exercises {

namespace {

gdlab::Vector step(const gdlab::Vector& theta, const gdlab::Vector& g, double lr) {
  gdlab::Vector next(theta.size());
  for (std::size_t i = 0; i < static_cast<std::size_t>(theta.size()); ++i)
    next[static_cast<gdlab::Index>(i)] = theta[static_cast<gdlab::Index>(i)] - lr * g[static_cast<gdlab::Index>(i)];
  return next;
}

double norm(const gdlab::Vector& g) {
  double sum = 0.0;
  for (std::size_t i = 0; i < static_cast<std::size_t>(g.size()); ++i)
    sum += g[static_cast<gdlab::Index>(i)] * g[static_cast<gdlab::Index>(i)];
  return std::sqrt(sum);
}

}  // namespace

gdlab::Path gd_2d(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, int steps) {
  gdlab::Path path;
  path.reserve(static_cast<std::size_t>(steps > 0 ? steps : 0) + 1);
  path.push_back(theta0);
  for (std::size_t k = 0; k < static_cast<std::size_t>(steps > 0 ? steps : 0); ++k) {
    const gdlab::Vector g = f.gradient(path[k]);
    path.push_back(step(path[k], g, lr));
  }
  return path;
}

EarlyStop gd_2d_until(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr,
                      int max_steps, double tol) {
  EarlyStop out;
  out.path.push_back(theta0);
  for (std::size_t k = 0; k < static_cast<std::size_t>(max_steps > 0 ? max_steps : 0); ++k) {
    const gdlab::Vector g = f.gradient(out.path[k]);
    out.path.push_back(step(out.path[k], g, lr));
    if (norm(g) < tol) {
      out.converged = true;
      break;
    }
  }
  out.steps = static_cast<int>(out.path.size()) - 1;
  return out;
}

}  // namespace exercises
