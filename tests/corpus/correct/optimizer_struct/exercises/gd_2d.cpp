// Correct: an over-engineer's version: a Params struct, a step() rule and one driver loop
// that records the path and decides when to stop, shared by both entries.
#include "gd_2d.hpp"

#include <optional>

namespace exercises {

namespace {

struct Params {
  double lr = 0.1;
  int max_steps = 0;
  std::optional<double> tol;  // none: never stop early
};

struct Plain {
  double lr;
  gdlab::Vector step(const gdlab::Vector& theta, const gdlab::Vector& g) const { return theta - lr * g; }
};

EarlyStop drive(const gdlab::Objective& f, gdlab::Vector theta, const Params& p) {
  const Plain rule{p.lr};
  EarlyStop out;
  out.path.push_back(theta);
  while (out.steps < p.max_steps) {
    const gdlab::Vector g = f.gradient(theta);
    theta = rule.step(theta, g);
    out.path.push_back(theta);
    ++out.steps;
    if (p.tol && g.norm() < *p.tol) {
      out.converged = true;
      break;
    }
  }
  return out;
}

}  // namespace

gdlab::Path gd_2d(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, int steps) {
  return drive(f, theta0, {lr, steps, std::nullopt}).path;
}

EarlyStop gd_2d_until(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr,
                      int max_steps, double tol) {
  return drive(f, theta0, {lr, max_steps, tol});
}

}  // namespace exercises
