#include "gd_2d.hpp"

namespace exercises {

gdlab::Path gd_2d(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, int steps) {
  // a fixed budget is the same as never converging
  return gd_2d_until(f, theta0, lr, steps, -1.0).path;
}

EarlyStop gd_2d_until(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr,
                      int max_steps, double tol) {
  EarlyStop out;
  gdlab::Vector theta = theta0;
  out.path.push_back(theta);
  for (int k = 0; k < max_steps; ++k) {
    gdlab::Vector g = f.gradient(theta);
    theta = theta - lr * g;
    out.path.push_back(theta);
    double gnorm = g.dot(g);  // |g|
    if (gnorm < tol) {
      out.converged = true;
      break;
    }
  }
  out.steps = static_cast<int>(out.path.size()) - 1;
  return out;
}

}  // namespace exercises
