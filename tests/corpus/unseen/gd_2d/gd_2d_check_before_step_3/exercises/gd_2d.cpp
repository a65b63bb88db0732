#include <iostream>
#include "gd_2d.hpp"

namespace exercises {

gdlab::Path gd_2d(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, int steps) {
  gdlab::Path p{theta0};
  for (int k = 0; k < steps; ++k) p.push_back(p.back() - lr * f.gradient(p.back()));
  return p;
}

EarlyStop gd_2d_until(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr,
                      int max_steps, double tol) {
  EarlyStop r;
  r.path.push_back(theta0);
  for (int step = 0; step < max_steps; ++step) {
    const gdlab::Vector& cur = r.path.back();
    gdlab::Vector grad = f.gradient(cur);
    // std::cerr << "step " << step << " |g| = " << grad.norm() << std::endl;
    if (grad.norm() < tol) {
      r.converged = true;
      break;
    }
    gdlab::Vector next = cur - lr * grad;
    r.path.push_back(next);
  }
  r.steps = static_cast<int>(r.path.size()) - 1;
  return r;
}

}  // namespace exercises
