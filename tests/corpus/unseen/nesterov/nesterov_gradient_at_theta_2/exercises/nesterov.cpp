#include "nesterov.hpp"
#include <cstdio>

namespace exercises {

gdlab::Path nesterov(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, double beta,
                     int steps) {
  gdlab::Vector th = theta0;
  gdlab::Vector v = gdlab::Vector::Zero(th.size());
  gdlab::Path path{th};
  for (int k = 0; k < steps; ++k) {
    gdlab::Vector g = f.gradient(th);
    v = beta * v + g;
    th = th - lr * v;
    gdlab::Vector ahead = th - lr * beta * v;
    std::fprintf(stderr, "step %d loss %.6f lookahead loss %.6f\n", k, f.value(th), f.value(ahead));
    path.push_back(th);
  }
  return path;
}

}  // namespace exercises
