#include "gd_2d.hpp"

namespace exercises {

gdlab::Path gd_2d(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, int steps) {
  gdlab::Path path{theta0};
  gdlab::Vector theta = theta0;
  for (int k = 0; k < steps; ++k) {
    double g = f(theta);
    theta = (theta.array() - lr * g).matrix();
    path.push_back(theta);
  }
  return path;
}

EarlyStop gd_2d_until(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr,
                      int max_steps, double tol) {
  EarlyStop r;
  gdlab::Vector th = theta0;
  r.path = {th};
  bool done = false;
  while (!done && r.steps < max_steps) {
    gdlab::Vector g = f.gradient(th);
    th = th - lr * g;
    r.path.push_back(th);
    r.steps++;
    done = g.norm() < tol;  // same check as the numpy loop
  }
  r.converged = done;
  return r;
}

}  // namespace exercises
