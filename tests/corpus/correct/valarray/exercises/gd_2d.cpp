// Correct: a student who does not trust Eigen and converts to std::valarray, whose
// arithmetic is element-wise like numpy's, then back to gdlab::Vector for the path.
#include "gd_2d.hpp"

#include <cmath>
#include <valarray>

namespace exercises {

namespace {

std::valarray<double> to_va(const gdlab::Vector& v) { return std::valarray<double>(v.data(), static_cast<std::size_t>(v.size())); }

gdlab::Vector to_vec(const std::valarray<double>& a) {
  gdlab::Vector v(static_cast<gdlab::Index>(a.size()));
  for (std::size_t i = 0; i < a.size(); ++i) v(static_cast<gdlab::Index>(i)) = a[i];
  return v;
}

}  // namespace

gdlab::Path gd_2d(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, int steps) {
  std::valarray<double> theta = to_va(theta0);
  gdlab::Path path{theta0};
  for (int k = 0; k < steps; ++k) {
    const std::valarray<double> g = to_va(f.gradient(to_vec(theta)));
    theta -= lr * g;
    path.push_back(to_vec(theta));
  }
  return path;
}

EarlyStop gd_2d_until(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr,
                      int max_steps, double tol) {
  std::valarray<double> theta = to_va(theta0);
  EarlyStop out;
  out.path.push_back(theta0);
  for (int k = 0; k < max_steps; ++k) {
    const std::valarray<double> g = to_va(f.gradient(to_vec(theta)));
    theta -= lr * g;
    out.path.push_back(to_vec(theta));
    out.steps = k + 1;
    if (std::sqrt((g * g).sum()) < tol) {
      out.converged = true;
      break;
    }
  }
  return out;
}

}  // namespace exercises
