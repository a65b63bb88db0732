#include "nesterov.hpp"
#include <vector>

namespace exercises {

gdlab::Path nesterov(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, double beta,
                     int steps) {
  gdlab::Vector pos = theta0;
  gdlab::Vector g0 = f.gradient(pos);
  std::vector<double> vel(g0.begin(), g0.end());
  gdlab::Path out{pos};
  for (int step = 0; step < steps; ++step) {
    gdlab::Vector ahead = pos;
    for (int i = 0; i < ahead.size(); ++i) ahead[i] -= lr * beta * vel[i];
    gdlab::Vector g = f.gradient(ahead);
    for (int i = 0; i < pos.size(); ++i) {
      vel[i] = beta * vel[i] + g[i];
      pos[i] -= lr * vel[i];
    }
    out.push_back(pos);
  }
  return out;
}

}  // namespace exercises
