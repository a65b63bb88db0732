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
  EarlyStop out;
  gdlab::Vector theta = theta0;
  out.path.push_back(theta);
  for (int k = 0; k < max_steps; ++k) {
    gdlab::Vector g = f.gradient(theta);
    theta = theta - lr * g;
    out.path.push_back(theta);
    if (g.squaredNorm() < tol) {
      out.converged = true;
      break;
    }
  }
  out.steps = static_cast<int>(out.path.size()) - 1;
  return out;
}

}  // namespace exercises
