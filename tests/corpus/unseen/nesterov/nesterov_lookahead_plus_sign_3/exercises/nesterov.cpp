#include <bits/stdc++.h>
#include "nesterov.hpp"

namespace exercises {

gdlab::Path nesterov(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, double beta,
                     int steps) {
  auto lookahead = [&](const gdlab::Vector& th, const gdlab::Vector& v) {
    return gdlab::Vector(th + beta * lr * v);
  };
  gdlab::Vector th = theta0, v = gdlab::Vector::Zero(theta0.size());
  gdlab::Path p{th};
  for (int i = 0; i < steps; i++) {
    v = beta * v + f.gradient(lookahead(th, v));
    th -= lr * v;
    p.push_back(th);
  }
  return p;
}

}  // namespace exercises
