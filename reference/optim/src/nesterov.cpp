#include "gdlab/optim/nesterov.hpp"

#include "checks.hpp"

namespace gdlab::optim {

void NesterovParams::check() const { detail::require_in_unit("beta", beta); }

Nesterov::Nesterov(NesterovParams params) : params_(params) { params_.check(); }

void Nesterov::reset(Index dim) { v_ = Vector::Zero(dim); }

Vector Nesterov::gradient_point(const Vector& theta, double lr) const { return theta - lr * params_.beta * v_; }

TracedPoint Nesterov::traced_point() const {
  return params_.record_lookahead ? TracedPoint::lookahead : TracedPoint::theta;
}

Vector Nesterov::traced(const Vector& theta, double lr) const {
  return params_.record_lookahead ? gradient_point(theta, lr) : theta;
}

void Nesterov::step(Vector& theta, const Vector& grad, double lr) {
  v_ = params_.beta * v_ + grad;
  theta -= lr * v_;
}

}  // namespace gdlab::optim
