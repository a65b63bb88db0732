#include "gdlab/optim/minimize.hpp"

#include <cmath>
#include <stdexcept>

#include "checks.hpp"
#include "gdlab/random.hpp"

namespace gdlab::optim {

std::string to_string(Status status) {
  switch (status) {
    case Status::converged: return "converged";
    case Status::max_steps: return "max_steps";
    case Status::diverged: return "diverged";
  }
  return "unknown";
}

void Options::check() const {
  detail::require(max_steps >= 0, "max_steps", "non-negative", max_steps);
  detail::require(grad_tol >= 0, "grad_tol", "non-negative (0 turns it off)", grad_tol);
  detail::require_positive("divergence_bound", divergence_bound);
}

namespace {

bool blew_up(const Vector& theta, double loss, double bound) {
  return !theta.allFinite() || !std::isfinite(loss) || std::abs(loss) > bound;
}

void check_start(const Objective& f, const Vector& x0) {
  if (x0.size() != f.dim)
    throw std::invalid_argument("x0 has " + std::to_string(x0.size()) + " entries but " + f.name + " takes " +
                                std::to_string(f.dim));
}

// Appends entry k of the trace: the traced point, its loss and its gradient norm.
class Recorder {
 public:
  Recorder(const Objective& f, const UpdateRule& rule, TraceSeries what, Trace& trace)
      : f_(f), rule_(rule), what_(what), trace_(trace) {
    trace_.point = rule.traced_point();
  }

  // `grad_norm_at_theta` is |grad L(theta)| when the caller already has it, NaN otherwise.
  void add(const Vector& theta, double loss, double lr, double grad_norm_at_theta) {
    const bool plain = trace_.point == TracedPoint::theta;
    const Vector point = plain ? theta : rule_.traced(theta, lr);
    if (what_.iterates) trace_.iterates.push_back(point);
    if (what_.loss) trace_.loss.push_back(plain ? loss : f_.value(point));
    if (what_.grad_norm)
      trace_.grad_norm.push_back(plain && !std::isnan(grad_norm_at_theta) ? grad_norm_at_theta
                                                                          : f_.gradient(point).norm());
  }

 private:
  const Objective& f_;
  const UpdateRule& rule_;
  TraceSeries what_;
  Trace& trace_;
};

}  // namespace

Result minimize(const Objective& f, const Vector& x0, UpdateRule& rule, const Schedule& lr, const Options& options) {
  options.check();
  check_start(f, x0);
  Result result;
  Recorder recorder(f, rule, options.record, result.trace);
  rule.reset(f.dim);

  Vector theta = x0;
  double loss = f.value(theta);
  int k = 0;
  bool diverged = false;
  for (;; ++k) {
    diverged = diverged || blew_up(theta, loss, options.divergence_bound);
    if (diverged && options.stop_when_diverged) {
      result.status = Status::diverged;
      break;
    }
    if (k == options.max_steps) {
      result.status = diverged ? Status::diverged : Status::max_steps;
      break;
    }
    const double alpha = lr(k);
    const Vector at = rule.gradient_point(theta, alpha);
    const Vector g = f.gradient(at);
    const double g_norm = g.norm();
    recorder.add(theta, loss, alpha, rule.looks_ahead() ? NAN : g_norm);
    rule.step(theta, g, alpha);
    loss = f.value(theta);
    if (options.grad_tol > 0 && g_norm < options.grad_tol) {
      ++k;
      result.status = blew_up(theta, loss, options.divergence_bound) ? Status::diverged : Status::converged;
      break;
    }
  }
  result.steps = k;
  result.theta = theta;
  result.loss = loss;
  result.grad_norm = theta.allFinite() ? f.gradient(theta).norm() : NAN;
  recorder.add(theta, loss, lr(k), result.grad_norm);
  return result;
}

void StochasticOptions::check(Index examples) const {
  detail::require(epochs >= 0, "epochs", "non-negative", epochs);
  detail::require(batch_size >= 1 && batch_size <= examples, "batch_size", "between 1 and the number of examples",
                  static_cast<double>(batch_size));
  detail::require_positive("divergence_bound", divergence_bound);
}

Result minimize_stochastic(const SeparableObjective& f, const Vector& x0, UpdateRule& rule, const Schedule& lr,
                           const StochasticOptions& options) {
  options.check(f.examples);
  check_start(f.full, x0);
  Result result;
  Recorder recorder(f.full, rule, options.record, result.trace);
  rule.reset(f.full.dim);
  RandomState rng(options.seed);

  Vector theta = x0;
  const bool track_loss = options.record.loss || options.record.grad_norm;
  double loss = f.full.value(theta);
  int k = 0;
  result.status = Status::max_steps;
  std::vector<Index> order(static_cast<std::size_t>(f.examples));
  for (int epoch = 0; epoch < options.epochs && result.status != Status::diverged; ++epoch) {
    if (options.shuffle) {
      order = rng.permutation(f.examples);
    } else {
      for (Index i = 0; i < f.examples; ++i) order[static_cast<std::size_t>(i)] = i;
    }
    for (Index start = 0; start < f.examples; start += options.batch_size, ++k) {
      const auto count = std::min(options.batch_size, f.examples - start);
      const std::span<const Index> rows(order.data() + start, static_cast<std::size_t>(count));
      const double alpha = lr(k);
      const Vector g = f.batch_gradient(rule.gradient_point(theta, alpha), rows);
      recorder.add(theta, loss, alpha, NAN);
      rule.step(theta, g, alpha);
      if (track_loss || start + count == f.examples) loss = f.full.value(theta);
      if (blew_up(theta, track_loss ? loss : 0.0, options.divergence_bound)) {
        result.status = Status::diverged;
        ++k;
        break;
      }
    }
  }
  loss = f.full.value(theta);
  if (blew_up(theta, loss, options.divergence_bound)) result.status = Status::diverged;
  result.steps = k;
  result.theta = theta;
  result.loss = loss;
  result.grad_norm = theta.allFinite() ? f.full.gradient(theta).norm() : NAN;
  recorder.add(theta, loss, lr(k), result.grad_norm);
  return result;
}

}  // namespace gdlab::optim
