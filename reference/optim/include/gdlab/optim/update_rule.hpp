// An optimiser is an update rule with its own state; the loop that drives it lives in minimize().
#pragma once

#include <string>

#include "gdlab/trace.hpp"
#include "gdlab/types.hpp"

namespace gdlab::optim {

class UpdateRule {
 public:
  virtual ~UpdateRule() = default;

  virtual std::string name() const = 0;
  // Forget all state (velocity, moments, step count) before a new run in `dim` dimensions.
  virtual void reset(Index dim) = 0;
  // Where the loop should evaluate the gradient for the next step. Plain methods use theta
  // itself; Nesterov looks ahead.
  virtual Vector gradient_point(const Vector& theta, double /*lr*/) const { return theta; }
  virtual bool looks_ahead() const { return false; }  // true when gradient_point is not theta
  // What the trace records as iterate k: theta itself unless the rule says otherwise.
  virtual TracedPoint traced_point() const { return TracedPoint::theta; }
  virtual Vector traced(const Vector& theta, double /*lr*/) const { return theta; }
  // Move theta one step, given the gradient at gradient_point(theta) and this step's rate.
  virtual void step(Vector& theta, const Vector& grad, double lr) = 0;
};

}  // namespace gdlab::optim
