#include <bits/stdc++.h>
#include "gd_2d.hpp"

namespace exercises {

gdlab::Path gd_2d(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, int steps) {
  gdlab::Path out;
  gdlab::Vector th = theta0;
  out.push_back(th);
  for (int s = 0; s < steps; s++) {
    for (int i = 0; i < (int)th.size(); i++) {
      gdlab::Vector g = f.gradient(th);  // partial derivative for coordinate i
      th[i] = th[i] - lr * g[i];
    }
    out.push_back(th);
  }
  return out;
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
    if (g.norm() < tol) {
      out.converged = true;
      break;
    }
  }
  out.steps = static_cast<int>(out.path.size()) - 1;
  return out;
}

}  // namespace exercises
