#include "nesterov.hpp"

namespace exercises {

namespace {
struct State {
  gdlab::Vector theta;
  gdlab::Vector v;
};

gdlab::Vector ahead_of(const State& s, double lr, double beta) { return s.theta - lr * beta * s.v; }
}  // namespace

gdlab::Path nesterov(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, double beta,
                     int steps) {
  State s{theta0, gdlab::Vector::Zero(theta0.size())};
  gdlab::Path path{s.theta};
  for (int k = 0; k < steps; ++k) {
    const gdlab::Vector point = ahead_of(s, lr, beta);
    const gdlab::Vector g = f.gradient(s.theta);
    s.v = beta * s.v + g;
    s.theta -= lr * s.v;
    path.push_back(s.theta);
  }
  return path;
}

}  // namespace exercises
