// mistake: coordinates updated one after the other, each with the gradient at the point already moved
// hint: compute the whole gradient at theta first, then update v and theta with it
#include "momentum.hpp"

namespace exercises {

gdlab::Path momentum(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr,
                     double beta, int steps) {
  gdlab::Path path{theta0};
  gdlab::Vector theta = theta0;
  gdlab::Vector v = gdlab::Vector::Zero(theta0.size());
  for (int step = 0; step < steps; ++step) {
    for (gdlab::Index i = 0; i < theta.size(); ++i) {
      const double g = f.gradient(theta)(i);
      v(i) = beta * v(i) + g;
      theta(i) = theta(i) - lr * v(i);
    }
    path.push_back(theta);
  }
  return path;
}

}  // namespace exercises
