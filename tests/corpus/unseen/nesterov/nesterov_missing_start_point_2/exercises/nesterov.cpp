#include <bits/stdc++.h>
#include "nesterov.hpp"
using namespace std;

namespace exercises {

gdlab::Path nesterov(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, double beta,
                     int steps) {
  gdlab::Path path(steps);
  gdlab::Vector th = theta0, v = gdlab::Vector::Zero(theta0.size());
  for (int i = 0; i < steps; ++i) {
    gdlab::Vector g = f.gradient(th - lr * beta * v);
    v = beta * v + g;
    th -= lr * v;
    path[i] = th;
  }
  return path;
}

}  // namespace exercises
