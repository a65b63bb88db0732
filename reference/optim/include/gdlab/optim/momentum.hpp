#pragma once

#include "gdlab/optim/update_rule.hpp"

namespace gdlab::optim {

// The conventions for momentum found in texts and libraries. They differ, and a student who
// uses the wrong one gets a different path, so each has a name.
enum class MomentumForm {
  heavy_ball,  // v <- beta v + g;              theta <- theta - alpha v   (the course's form)
  ema,         // v <- beta v + (1 - beta) g;   theta <- theta - alpha v
  dampened,    // torch.optim.SGD: v <- g on the first step, then beta v + (1 - dampening) g
  lr_inside,   // v <- beta v + alpha g;        theta <- theta - v          (rate in the velocity)
};

struct MomentumParams {
  double beta = 0.9;
  MomentumForm form = MomentumForm::heavy_ball;
  double dampening = 0.0;  // used by the dampened form only

  void check() const;  // throws std::invalid_argument naming the bad field
};

// Heavy-ball (Polyak) momentum; v starts at zero.
class Momentum final : public UpdateRule {
 public:
  explicit Momentum(MomentumParams params = {});
  std::string name() const override;
  void reset(Index dim) override;
  void step(Vector& theta, const Vector& grad, double lr) override;

 private:
  MomentumParams params_;
  Vector v_;
  bool first_ = true;
};

}  // namespace gdlab::optim
