#include "adaptive.hpp"

#include <cmath>

namespace exercises {

namespace {
// optimiser state (like torch's state dict)
gdlab::Vector adam_m, adam_s;
int adam_t = 0;
}  // namespace

gdlab::Path adagrad(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, double eps,
                    int steps) {
  gdlab::Vector theta = theta0, s = gdlab::Vector::Zero(theta0.size());
  gdlab::Path path{theta};
  for (int k = 0; k < steps; ++k) {
    gdlab::Vector g = f.gradient(theta);
    s += g.cwiseProduct(g);
    theta -= lr * g.cwiseQuotient((s.cwiseSqrt().array() + eps).matrix());
    path.push_back(theta);
  }
  return path;
}

gdlab::Path rmsprop(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, double rho,
                    double eps, int steps) {
  gdlab::Vector theta = theta0, s = gdlab::Vector::Zero(theta0.size());
  gdlab::Path path{theta};
  for (int k = 0; k < steps; ++k) {
    gdlab::Vector g = f.gradient(theta);
    s = rho * s + (1 - rho) * g.cwiseProduct(g);
    theta -= lr * g.cwiseQuotient((s.cwiseSqrt().array() + eps).matrix());
    path.push_back(theta);
  }
  return path;
}

gdlab::Path adam(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, double beta1,
                 double beta2, double eps, int steps) {
  if (adam_m.size() != theta0.size()) {
    adam_m = gdlab::Vector::Zero(theta0.size());
    adam_s = gdlab::Vector::Zero(theta0.size());
  }
  gdlab::Vector theta = theta0;
  gdlab::Path path{theta};
  for (int k = 0; k < steps; ++k) {
    ++adam_t;
    gdlab::Vector g = f.gradient(theta);
    adam_m = beta1 * adam_m + (1 - beta1) * g;
    adam_s = beta2 * adam_s + (1 - beta2) * g.cwiseProduct(g);
    gdlab::Vector mh = adam_m / (1 - std::pow(beta1, adam_t));
    gdlab::Vector sh = adam_s / (1 - std::pow(beta2, adam_t));
    theta -= lr * mh.cwiseQuotient((sh.cwiseSqrt().array() + eps).matrix());
    path.push_back(theta);
  }
  return path;
}

}  // namespace exercises
