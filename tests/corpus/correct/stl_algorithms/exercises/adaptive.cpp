// Correct: <algorithm> style, the coordinates of theta, s and m held in std::vector<double> and
// updated with std::transform; the Eigen vector is made only to call the gradient.
#include "adaptive.hpp"

#include <algorithm>
#include <cmath>
#include <functional>
#include <vector>

namespace exercises {

namespace {

std::vector<double> to_std(const gdlab::Vector& v) { return std::vector<double>(v.data(), v.data() + v.size()); }
gdlab::Vector to_eigen(const std::vector<double>& v) {
  return Eigen::Map<const gdlab::Vector>(v.data(), static_cast<gdlab::Index>(v.size()));
}

}  // namespace

gdlab::Path adagrad(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, double eps,
                    int steps) {
  std::vector<double> theta = to_std(theta0), s(theta.size(), 0.0);
  gdlab::Path path{theta0};
  for (int k = 0; k < steps; ++k) {
    const std::vector<double> g = to_std(f.gradient(to_eigen(theta)));
    std::transform(s.begin(), s.end(), g.begin(), s.begin(), [](double si, double gi) { return si + gi * gi; });
    std::vector<double> step(theta.size());
    std::transform(g.begin(), g.end(), s.begin(), step.begin(),
                   [&](double gi, double si) { return lr * gi / (std::sqrt(si) + eps); });
    std::transform(theta.begin(), theta.end(), step.begin(), theta.begin(), std::minus<double>());
    path.push_back(to_eigen(theta));
  }
  return path;
}

gdlab::Path rmsprop(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, double rho,
                    double eps, int steps) {
  std::vector<double> theta = to_std(theta0), s(theta.size(), 0.0);
  gdlab::Path path{theta0};
  for (int k = 0; k < steps; ++k) {
    const std::vector<double> g = to_std(f.gradient(to_eigen(theta)));
    std::transform(s.begin(), s.end(), g.begin(), s.begin(),
                   [rho](double si, double gi) { return rho * si + (1 - rho) * gi * gi; });
    std::vector<double> step(theta.size());
    std::transform(g.begin(), g.end(), s.begin(), step.begin(),
                   [&](double gi, double si) { return lr * gi / (std::sqrt(si) + eps); });
    std::transform(theta.begin(), theta.end(), step.begin(), theta.begin(), std::minus<double>());
    path.push_back(to_eigen(theta));
  }
  return path;
}

gdlab::Path adam(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, double beta1,
                 double beta2, double eps, int steps) {
  std::vector<double> theta = to_std(theta0), m(theta.size(), 0.0), s(theta.size(), 0.0);
  gdlab::Path path{theta0};
  for (int t = 1; t <= steps; ++t) {
    const std::vector<double> g = to_std(f.gradient(to_eigen(theta)));
    std::transform(m.begin(), m.end(), g.begin(), m.begin(),
                   [beta1](double mi, double gi) { return beta1 * mi + (1 - beta1) * gi; });
    std::transform(s.begin(), s.end(), g.begin(), s.begin(),
                   [beta2](double si, double gi) { return beta2 * si + (1 - beta2) * gi * gi; });
    const double c1 = 1 - std::pow(beta1, t), c2 = 1 - std::pow(beta2, t);
    std::vector<double> step(theta.size());
    std::transform(m.begin(), m.end(), s.begin(), step.begin(),
                   [&](double mi, double si) { return lr * (mi / c1) / (std::sqrt(si / c2) + eps); });
    std::transform(theta.begin(), theta.end(), step.begin(), theta.begin(), std::minus<double>());
    path.push_back(to_eigen(theta));
  }
  return path;
}

}  // namespace exercises
