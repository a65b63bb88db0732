#include "gd_2d.hpp"

namespace exercises {

gdlab::Path gd_2d(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, int steps) {
  gdlab::Path hist;
  hist.push_back(theta0);
  int k = 0;
  while (k < steps) {
    gdlab::Vector g = f.gradient(hist.back());
    gdlab::Vector next = hist.back() - lr * g;
    hist.push_back(next);
    ++k;
  }
  return hist;
}

EarlyStop gd_2d_until(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr,
                      int max_steps, double tol) {
  EarlyStop res;
  gdlab::Vector theta = theta0;
  gdlab::Vector g = f.gradient(theta);
  res.path.push_back(theta);
  for (int k = 0; k < max_steps; ++k) {
    theta -= lr * g;
    res.path.push_back(theta);
    g = f.gradient(theta);  // reuse for the next step
    if (g.norm() < tol) {
      res.converged = true;
      break;
    }
  }
  res.steps = static_cast<int>(res.path.size()) - 1;
  return res;
}

}  // namespace exercises
