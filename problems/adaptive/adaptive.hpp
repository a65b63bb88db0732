// Exercise 7: AdaGrad, RMSprop and Adam (Chapter 6, §7), in PyTorch's conventions.
#pragma once

#include "gdlab/core.hpp"

namespace exercises {

// Every operation below is per coordinate (g^2 is g * g coordinate by coordinate), the sums
// s and moments m start at zero, and eps is added OUTSIDE the square root, as torch.optim does:
// these are torch.optim.Adagrad(lr, eps=eps) (no lr_decay, initial accumulator 0),
// torch.optim.RMSprop(lr, alpha=rho, eps=eps) (no momentum, not centered) and
// torch.optim.Adam(lr, betas=(beta1, beta2), eps=eps), step for step.
// Each returns every iterate {theta_0, ..., theta_steps}.

// AdaGrad:  s <- s + g^2;                 theta <- theta - lr * g / (sqrt(s) + eps)
gdlab::Path adagrad(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, double eps,
                    int steps);

// RMSprop:  s <- rho * s + (1 - rho) * g^2;  theta <- theta - lr * g / (sqrt(s) + eps)
gdlab::Path rmsprop(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, double rho,
                    double eps, int steps);

// Adam, at step t = 1, 2, ..., steps:
//   m <- beta1 * m + (1 - beta1) * g;      s <- beta2 * s + (1 - beta2) * g^2
//   m_hat = m / (1 - beta1^t);             s_hat = s / (1 - beta2^t)
//   theta <- theta - lr * m_hat / (sqrt(s_hat) + eps)
gdlab::Path adam(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, double beta1,
                 double beta2, double eps, int steps);

}  // namespace exercises
