// Correct: one generic loop written once as a lambda that takes a "should I stop" lambda;
// gd_2d passes one that never stops.
#include "gd_2d.hpp"

#include <functional>

namespace exercises {

namespace {

auto run = [](const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, int budget,
              const std::function<bool(const gdlab::Vector&)>& stop) {
  EarlyStop out;
  out.path.push_back(theta0);
  gdlab::Vector theta = theta0;
  for (int k = 0; k < budget; ++k) {
    const gdlab::Vector g = f.gradient(theta);
    theta = theta - lr * g;
    out.path.push_back(theta);
    ++out.steps;
    if (stop(g)) {
      out.converged = true;
      break;
    }
  }
  return out;
};

}  // namespace

gdlab::Path gd_2d(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, int steps) {
  return run(f, theta0, lr, steps, [](const gdlab::Vector&) { return false; }).path;
}

EarlyStop gd_2d_until(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr,
                      int max_steps, double tol) {
  return run(f, theta0, lr, max_steps, [tol](const gdlab::Vector& g) { return g.norm() < tol; });
}

}  // namespace exercises
