// Correct: the velocity lives in a mutable lambda's capture; each call of the lambda is one
// heavy-ball step.
#include "momentum.hpp"

namespace exercises {

gdlab::Path momentum(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr,
                     double beta, int steps) {
  auto step = [&f, lr, beta, v = gdlab::Vector(gdlab::Vector::Zero(theta0.size()))](const gdlab::Vector& theta) mutable {
    v = beta * v + f.gradient(theta);
    return gdlab::Vector(theta - lr * v);
  };
  gdlab::Path path{theta0};
  for (int k = 0; k < steps; ++k) path.push_back(step(path.back()));
  return path;
}

}  // namespace exercises
