#pragma once

#include "gdlab/optim/update_rule.hpp"

namespace gdlab::optim {

struct NesterovParams {
  double beta = 0.9;
  // The trace records theta itself, or the look-ahead point theta - alpha beta v where the
  // gradient is taken. Say which: the two paths differ.
  bool record_lookahead = false;

  void check() const;
};

// Nesterov momentum, look-ahead form:
//   g <- grad L(theta - alpha beta v);  v <- beta v + g;  theta <- theta - alpha v.
class Nesterov final : public UpdateRule {
 public:
  explicit Nesterov(NesterovParams params = {});
  std::string name() const override { return "nesterov"; }
  void reset(Index dim) override;
  Vector gradient_point(const Vector& theta, double lr) const override;
  bool looks_ahead() const override { return true; }
  TracedPoint traced_point() const override;
  Vector traced(const Vector& theta, double lr) const override;
  void step(Vector& theta, const Vector& grad, double lr) override;

 private:
  NesterovParams params_;
  Vector v_;
};

}  // namespace gdlab::optim
