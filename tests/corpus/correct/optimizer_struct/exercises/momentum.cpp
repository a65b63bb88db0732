// Correct: an optimiser class with its own state (the velocity), constructed fresh for each
// call, and a step() that applies the heavy-ball rule.
#include "momentum.hpp"

namespace exercises {

namespace {

class HeavyBall {
 public:
  HeavyBall(double lr, double beta, gdlab::Index dim) : lr_(lr), beta_(beta), v_(gdlab::Vector::Zero(dim)) {}

  void step(gdlab::Vector& theta, const gdlab::Vector& g) {
    v_ = beta_ * v_ + g;
    theta -= lr_ * v_;
  }

 private:
  double lr_, beta_;
  gdlab::Vector v_;
};

}  // namespace

gdlab::Path momentum(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr,
                     double beta, int steps) {
  HeavyBall opt(lr, beta, theta0.size());
  gdlab::Vector theta = theta0;
  gdlab::Path path{theta};
  for (int k = 0; k < steps; ++k) {
    opt.step(theta, f.gradient(theta));
    path.push_back(theta);
  }
  return path;
}

}  // namespace exercises
