#include "gdlab/optim/momentum.hpp"

#include "checks.hpp"

namespace gdlab::optim {

void MomentumParams::check() const {
  detail::require_in_unit("beta", beta);
  detail::require(dampening >= 0 && dampening <= 1, "dampening", "in [0, 1]", dampening);
}

Momentum::Momentum(MomentumParams params) : params_(params) { params_.check(); }

std::string Momentum::name() const {
  switch (params_.form) {
    case MomentumForm::heavy_ball: return "momentum";
    case MomentumForm::ema: return "momentum-ema";
    case MomentumForm::dampened: return "momentum-dampened";
    case MomentumForm::lr_inside: return "momentum-lr-inside";
  }
  return "momentum";
}

void Momentum::reset(Index dim) {
  v_ = Vector::Zero(dim);
  first_ = true;
}

void Momentum::step(Vector& theta, const Vector& grad, double lr) {
  const double beta = params_.beta;
  switch (params_.form) {
    case MomentumForm::heavy_ball:
      v_ = beta * v_ + grad;
      theta -= lr * v_;
      break;
    case MomentumForm::ema:
      v_ = beta * v_ + (1 - beta) * grad;
      theta -= lr * v_;
      break;
    case MomentumForm::dampened:  // torch.optim.SGD starts the buffer at g, undamped
      v_ = first_ ? Vector(grad) : Vector(beta * v_ + (1 - params_.dampening) * grad);
      theta -= lr * v_;
      break;
    case MomentumForm::lr_inside:
      v_ = beta * v_ + lr * grad;
      theta -= v_;
      break;
  }
  first_ = false;
}

}  // namespace gdlab::optim
