#include "momentum.hpp"
#include <vector>

namespace exercises {

gdlab::Path momentum(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr,
                     double beta, int steps) {
  std::vector<double> vel(theta0.size(), 0.0);
  gdlab::Vector params = theta0;
  gdlab::Path history;
  history.push_back(params);
  for (int epoch = 0; epoch < steps; ++epoch) {
    gdlab::Vector grad = f.gradient(params);
    for (std::size_t i = 0; i < vel.size(); ++i) {
      vel[i] = beta * vel[i] + grad[i];
      params[i] = params[i] - lr * grad[i];
    }
    history.push_back(params);
  }
  return history;
}

}  // namespace exercises
