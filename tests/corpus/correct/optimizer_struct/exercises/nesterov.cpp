// Correct: a Nesterov optimiser struct that owns theta and the velocity; step() asks the
// objective for the slope at its own look-ahead point.
#include "nesterov.hpp"

namespace exercises {

namespace {

struct NesterovOptimizer {
  const gdlab::Objective& f;
  double lr, beta;
  gdlab::Vector theta, v;

  NesterovOptimizer(const gdlab::Objective& obj, const gdlab::Vector& start, double rate, double momentum)
      : f(obj), lr(rate), beta(momentum), theta(start), v(gdlab::Vector::Zero(start.size())) {}

  gdlab::Vector lookahead() const { return theta - lr * beta * v; }

  const gdlab::Vector& step() {
    const gdlab::Vector g = f.gradient(lookahead());
    v = beta * v + g;
    theta = theta - lr * v;
    return theta;
  }
};

}  // namespace

gdlab::Path nesterov(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, double beta,
                     int steps) {
  NesterovOptimizer opt(f, theta0, lr, beta);
  gdlab::Path path{opt.theta};
  for (int i = 0; i < steps; ++i) path.push_back(opt.step());
  return path;
}

}  // namespace exercises
