#include "adaptive.hpp"

#include <cmath>

namespace exercises {

gdlab::Path adagrad(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, double eps,
                    int steps) {
  gdlab::Vector w = theta0;
  gdlab::Vector G = gdlab::Vector::Zero(w.size());
  gdlab::Path trace{w};
  for (int i = 0; i < steps; ++i) {
    const gdlab::Vector grad = f.gradient(w);
    G = grad.cwiseProduct(grad);
    w = w - lr * grad.cwiseQuotient((G.cwiseSqrt().array() + eps).matrix());
    trace.push_back(w);
  }
  return trace;
}

gdlab::Path rmsprop(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, double rho,
                    double eps, int steps) {
  gdlab::Vector w = theta0;
  gdlab::Vector E = gdlab::Vector::Zero(w.size());
  gdlab::Path trace{w};
  for (int i = 0; i < steps; ++i) {
    const gdlab::Vector grad = f.gradient(w);
    E = rho * E + (1.0 - rho) * grad.cwiseProduct(grad);
    w = w - lr * grad.cwiseQuotient((E.cwiseSqrt().array() + eps).matrix());
    trace.push_back(w);
  }
  return trace;
}

gdlab::Path adam(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, double beta1,
                 double beta2, double eps, int steps) {
  gdlab::Vector w = theta0;
  gdlab::Vector m = gdlab::Vector::Zero(w.size());
  gdlab::Vector v = gdlab::Vector::Zero(w.size());
  gdlab::Path trace{w};
  for (int i = 0; i < steps; ++i) {
    const gdlab::Vector grad = f.gradient(w);
    m = beta1 * m + (1.0 - beta1) * grad;
    v = beta2 * v + (1.0 - beta2) * grad.cwiseProduct(grad);
    const double t = i + 1;
    const gdlab::Vector mh = m / (1.0 - std::pow(beta1, t));
    const gdlab::Vector vh = v / (1.0 - std::pow(beta2, t));
    w = w - lr * mh.cwiseQuotient((vh.cwiseSqrt().array() + eps).matrix());
    trace.push_back(w);
  }
  return trace;
}

}  // namespace exercises
