#include "gdlab/optim/adaptive.hpp"

#include <cmath>

#include "checks.hpp"

namespace gdlab::optim {

void AdaGradParams::check() const {
  detail::require_positive("eps", eps);
  detail::require(initial_accumulator >= 0, "initial_accumulator", "non-negative", initial_accumulator);
}

AdaGrad::AdaGrad(AdaGradParams params) : params_(params) { params_.check(); }

void AdaGrad::reset(Index dim) { sum_ = Vector::Constant(dim, params_.initial_accumulator); }

void AdaGrad::step(Vector& theta, const Vector& grad, double lr) {
  sum_.array() += grad.array().square();
  theta.array() -= lr * grad.array() / (sum_.array().sqrt() + params_.eps);
}

void RMSpropParams::check() const {
  detail::require_in_unit("rho", rho);
  detail::require_positive("eps", eps);
}

RMSprop::RMSprop(RMSpropParams params) : params_(params) { params_.check(); }

void RMSprop::reset(Index dim) { sq_ = Vector::Zero(dim); }

void RMSprop::step(Vector& theta, const Vector& grad, double lr) {
  sq_ = params_.rho * sq_ + (1 - params_.rho) * grad.cwiseProduct(grad);
  theta.array() -= lr * grad.array() / (sq_.array().sqrt() + params_.eps);
}

void AdamParams::check() const {
  detail::require_in_unit("beta1", beta1);
  detail::require_in_unit("beta2", beta2);
  detail::require_positive("eps", eps);
}

Adam::Adam(AdamParams params) : params_(params) { params_.check(); }

void Adam::reset(Index dim) {
  m_ = Vector::Zero(dim);
  s_ = Vector::Zero(dim);
  t_ = 0;
}

// As torch.optim.Adam: eps is added after the bias-corrected square root.
void Adam::step(Vector& theta, const Vector& grad, double lr) {
  ++t_;
  m_ = params_.beta1 * m_ + (1 - params_.beta1) * grad;
  s_ = params_.beta2 * s_ + (1 - params_.beta2) * grad.cwiseProduct(grad);
  const double bias1 = 1 - std::pow(params_.beta1, t_);
  const double bias2 = 1 - std::pow(params_.beta2, t_);
  const double step_size = lr / bias1;
  const Eigen::ArrayXd denom = s_.array().sqrt() / std::sqrt(bias2) + params_.eps;
  theta.array() -= step_size * m_.array() / denom;
}

}  // namespace gdlab::optim
