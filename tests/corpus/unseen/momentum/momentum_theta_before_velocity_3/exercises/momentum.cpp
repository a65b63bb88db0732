#include <bits/stdc++.h>
#include "momentum.hpp"

namespace exercises {

struct Ball {
  gdlab::Vector pos;
  gdlab::Vector vel;
  void roll(const gdlab::Vector& slope, double lr, double beta) {
    pos -= lr * vel;
    vel = beta * vel + slope;
  }
};

gdlab::Path momentum(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr,
                     double beta, int steps) {
  Ball ball{theta0, gdlab::Vector::Zero(theta0.size())};
  gdlab::Path path{ball.pos};
  for (int s = 0; s < steps; ++s) {
    ball.roll(f.gradient(ball.pos), lr, beta);
    path.push_back(ball.pos);
  }
  return path;
}

}  // namespace exercises
