// Adaptive per-parameter rates (§7), with epsilon placed where torch.optim places it.
#pragma once

#include "gdlab/optim/update_rule.hpp"

namespace gdlab::optim {

struct AdaGradParams {
  double eps = 1e-10;
  double initial_accumulator = 0.0;
  void check() const;
};

// s <- s + g^2;  theta <- theta - alpha g / (sqrt(s) + eps)
class AdaGrad final : public UpdateRule {
 public:
  explicit AdaGrad(AdaGradParams params = {});
  std::string name() const override { return "adagrad"; }
  void reset(Index dim) override;
  void step(Vector& theta, const Vector& grad, double lr) override;

 private:
  AdaGradParams params_;
  Vector sum_;
};

struct RMSpropParams {
  double rho = 0.99;  // torch calls it alpha; rho here, so it is not confused with the rate
  double eps = 1e-8;
  void check() const;
};

// s <- rho s + (1 - rho) g^2;  theta <- theta - alpha g / (sqrt(s) + eps)
class RMSprop final : public UpdateRule {
 public:
  explicit RMSprop(RMSpropParams params = {});
  std::string name() const override { return "rmsprop"; }
  void reset(Index dim) override;
  void step(Vector& theta, const Vector& grad, double lr) override;

 private:
  RMSpropParams params_;
  Vector sq_;
};

struct AdamParams {
  double beta1 = 0.9;
  double beta2 = 0.999;
  double eps = 1e-8;
  void check() const;
};

// m <- b1 m + (1 - b1) g;  s <- b2 s + (1 - b2) g^2;  at step t (from 1):
// theta <- theta - (alpha / (1 - b1^t)) m / (sqrt(s) / sqrt(1 - b2^t) + eps)
class Adam final : public UpdateRule {
 public:
  explicit Adam(AdamParams params = {});
  std::string name() const override { return "adam"; }
  void reset(Index dim) override;
  void step(Vector& theta, const Vector& grad, double lr) override;

 private:
  AdamParams params_;
  Vector m_, s_;
  int t_ = 0;
};

}  // namespace gdlab::optim
