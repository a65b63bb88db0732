// Correct: the loop written once as a helper lambda; each optimiser hands it a lambda that
// turns the gradient into the step, keeping its sums in captured variables.
#include "adaptive.hpp"

#include <cmath>
#include <functional>

namespace exercises {

namespace {

auto descend = [](const gdlab::Objective& f, const gdlab::Vector& theta0, int steps,
                  const std::function<gdlab::Vector(const gdlab::Vector&)>& step_for) {
  gdlab::Path path{theta0};
  gdlab::Vector theta = theta0;
  for (int k = 0; k < steps; ++k) {
    theta -= step_for(f.gradient(theta));
    path.push_back(theta);
  }
  return path;
};

}  // namespace

gdlab::Path adagrad(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, double eps,
                    int steps) {
  Eigen::ArrayXd s = Eigen::ArrayXd::Zero(theta0.size());
  return descend(f, theta0, steps, [&](const gdlab::Vector& g) -> gdlab::Vector {
    s += g.array().square();
    return (lr * g.array() / (s.sqrt() + eps)).matrix();
  });
}

gdlab::Path rmsprop(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, double rho,
                    double eps, int steps) {
  Eigen::ArrayXd s = Eigen::ArrayXd::Zero(theta0.size());
  return descend(f, theta0, steps, [&](const gdlab::Vector& g) -> gdlab::Vector {
    s = rho * s + (1 - rho) * g.array().square();
    return (lr * g.array() / (s.sqrt() + eps)).matrix();
  });
}

gdlab::Path adam(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, double beta1,
                 double beta2, double eps, int steps) {
  Eigen::ArrayXd m = Eigen::ArrayXd::Zero(theta0.size());
  Eigen::ArrayXd s = Eigen::ArrayXd::Zero(theta0.size());
  int t = 0;
  return descend(f, theta0, steps, [&](const gdlab::Vector& g) -> gdlab::Vector {
    ++t;
    m = beta1 * m + (1 - beta1) * g.array();
    s = beta2 * s + (1 - beta2) * g.array().square();
    const Eigen::ArrayXd m_hat = m / (1 - std::pow(beta1, t));
    const Eigen::ArrayXd s_hat = s / (1 - std::pow(beta2, t));
    return (lr * m_hat / (s_hat.sqrt() + eps)).matrix();
  });
}

}  // namespace exercises
