// Correct: the first #include comes after a long comment block and is <cmath>, before the
// exercise header; the 2D norm is std::hypot of the two partial derivatives.
/*
 * Student: A. Nonymous, group 3
 * Exercise 2: gradient descent in two dimensions.
 *
 * Notes to self:
 *   theta_{k+1} = theta_k - alpha * grad L(theta_k)
 *   #include "gd_2d.hpp" is what gives me Objective and Vector
 *   §10 stops AFTER the step once |g| < tol
 */

// ---------------------------------------------------------------------------------------
// Includes
// ---------------------------------------------------------------------------------------
#include <cmath>

#include "gd_2d.hpp"

namespace exercises {

gdlab::Path gd_2d(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, int steps) {
  gdlab::Path path{theta0};
  for (int k = 0; k < steps; ++k) path.push_back(path.back() - lr * f.gradient(path.back()));
  return path;
}

EarlyStop gd_2d_until(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr,
                      int max_steps, double tol) {
  EarlyStop r;
  r.path = {theta0};
  for (int k = 0; k < max_steps; ++k) {
    const gdlab::Vector g = f.gradient(r.path.back());
    r.path.push_back(r.path.back() - lr * g);
    r.steps = k + 1;
    if (std::hypot(g(0), g(1)) < tol) {
      r.converged = true;
      break;
    }
  }
  return r;
}

}  // namespace exercises
