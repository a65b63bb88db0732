// Exercise 7 — Adaptive learning rates: AdaGrad, RMSprop and Adam (Chapter 6, §7)
//
// One global alpha is a poor compromise when some coordinates see large gradients and others
// small ones. These three give every coordinate its own effective rate, alpha / sqrt(s), from
// the history of its own squared gradients s. Everything is coordinate by coordinate: with
// Eigen, g.array().square(), s.array().sqrt() and a.array() / b.array() do that.
//
//   AdaGrad: s is the running SUM of g^2. A coordinate that has seen large gradients takes
//            small steps; s only grows, so in the end every step shrinks towards zero.
//       s     <- s + g^2
//       theta <- theta - alpha * g / (sqrt(s) + eps)
//
//   RMSprop: s is an exponential moving AVERAGE of g^2, so old gradients are forgotten and
//            the optimiser keeps moving.
//       s     <- rho * s + (1 - rho) * g^2
//       theta <- theta - alpha * g / (sqrt(s) + eps)
//
//   Adam:    RMSprop's average plus momentum (an average m of g itself), and a bias correction:
//            m and s start at zero, so early on they are too small by the factors 1 - beta^t.
//            At step t = 1, 2, ... (t counts steps from 1):
//       m     <- beta1 * m + (1 - beta1) * g
//       s     <- beta2 * s + (1 - beta2) * g^2
//       m_hat =  m / (1 - beta1^t),   s_hat = s / (1 - beta2^t)
//       theta <- theta - alpha * m_hat / (sqrt(s_hat) + eps)
//
// These are torch.optim's conventions (Adagrad, RMSprop, Adam): eps is added after the square
// root, never inside it, and s, m start at zero. eps only keeps the division away from zero:
// the tests use the usual tiny values and also a large one, so its place shows.
// Each function returns every iterate {theta_0, ..., theta_steps}.
//
// Hint: keep s (and m, t) in local variables of the function, reset on every call. For Adam,
// std::pow(beta1, t) with t = step + 1 on the first step: 1 - beta1^0 would be 0.
#include "adaptive.hpp"

#include <cmath>

namespace exercises {

gdlab::Path adagrad(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, double eps,
                    int steps) {
  // BEGIN SOLUTION
  // STUB: gdlab::todo("adagrad");
  gdlab::Path path{theta0};
  gdlab::Vector theta = theta0;
  gdlab::Vector s = gdlab::Vector::Zero(theta0.size());
  for (int step = 0; step < steps; ++step) {
    const gdlab::Vector g = f.gradient(theta);
    s = s + g.cwiseProduct(g);
    theta = (theta.array() - lr * g.array() / (s.array().sqrt() + eps)).matrix();
    path.push_back(theta);
  }
  return path;
  // END SOLUTION
}

gdlab::Path rmsprop(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, double rho,
                    double eps, int steps) {
  // BEGIN SOLUTION
  // STUB: gdlab::todo("rmsprop");
  gdlab::Path path{theta0};
  gdlab::Vector theta = theta0;
  gdlab::Vector s = gdlab::Vector::Zero(theta0.size());
  for (int step = 0; step < steps; ++step) {
    const gdlab::Vector g = f.gradient(theta);
    s = rho * s + (1 - rho) * g.cwiseProduct(g);
    theta = (theta.array() - lr * g.array() / (s.array().sqrt() + eps)).matrix();
    path.push_back(theta);
  }
  return path;
  // END SOLUTION
}

gdlab::Path adam(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, double beta1,
                 double beta2, double eps, int steps) {
  // BEGIN SOLUTION
  // STUB: gdlab::todo("adam");
  gdlab::Path path{theta0};
  gdlab::Vector theta = theta0;
  gdlab::Vector m = gdlab::Vector::Zero(theta0.size());
  gdlab::Vector s = gdlab::Vector::Zero(theta0.size());
  for (int t = 1; t <= steps; ++t) {
    const gdlab::Vector g = f.gradient(theta);
    m = beta1 * m + (1 - beta1) * g;
    s = beta2 * s + (1 - beta2) * g.cwiseProduct(g);
    const gdlab::Vector m_hat = m / (1 - std::pow(beta1, t));
    const gdlab::Vector s_hat = s / (1 - std::pow(beta2, t));
    theta = (theta.array() - lr * m_hat.array() / (s_hat.array().sqrt() + eps)).matrix();
    path.push_back(theta);
  }
  return path;
  // END SOLUTION
}

}  // namespace exercises
