#pragma once

#include "gdlab/optim/update_rule.hpp"

namespace gdlab::optim {

// Plain gradient descent: theta <- theta - alpha g.
class GradientDescent final : public UpdateRule {
 public:
  std::string name() const override { return "gd"; }
  void reset(Index) override {}
  void step(Vector& theta, const Vector& grad, double lr) override { theta -= lr * grad; }
};

}  // namespace gdlab::optim
