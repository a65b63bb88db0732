// Correct: Eigen arrays as numpy arrays: errors = w * X + b - y on .array(), means with
// .mean(), and (errors * X).mean() for dJ/dw, as the text's compute_gradients.
#include "wb_regression.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace exercises {

double compute_cost(const gdlab::Vector& X, const gdlab::Vector& y, double w, double b) {
  return (w * X.array() + b - y.array()).square().mean();
}

Gradients compute_gradients(const gdlab::Vector& X, const gdlab::Vector& y, double w, double b) {
  const Eigen::ArrayXd errors = w * X.array() + b - y.array();
  return {(errors * X.array()).mean(), errors.mean()};
}

Training train(const gdlab::Vector& X, const gdlab::Vector& y, double w0, double b0, double lr,
               int iterations) {
  Training t{{w0}, {b0}, {}};
  double w = w0, b = b0;
  for (int i = 0; i < iterations; ++i) {
    const Gradients g = compute_gradients(X, y, w, b);
    w = w - lr * g.dJ_dw;
    b = b - lr * g.dJ_db;
    t.w.push_back(w);
    t.b.push_back(b);
    t.cost_history.push_back(compute_cost(X, y, w, b));
  }
  return t;
}

std::vector<SweepRow> sweep(const gdlab::Vector& X, const gdlab::Vector& y,
                            const std::vector<double>& rates, int iterations, double tolerance) {
  const double start = compute_cost(X, y, 0, 0);
  const auto n = static_cast<Eigen::Index>(rates.size());
  Eigen::ArrayXd final_cost(n);
  std::vector<SweepRow> rows;
  for (Eigen::Index i = 0; i < n; ++i) {
    const Training t = train(X, y, 0, 0, rates[static_cast<std::size_t>(i)], iterations);
    final_cost(i) = compute_cost(X, y, t.w.back(), t.b.back());
    rows.push_back({rates[static_cast<std::size_t>(i)], t.w.back(), t.b.back(), final_cost(i)});
  }
  // Not finite (nan or inf), or above the start: diverged. (nan > start is false, hence both.)
  const Eigen::Array<bool, Eigen::Dynamic, 1> diverged =
      final_cost.isFinite().select(final_cost > start, Eigen::Array<bool, Eigen::Dynamic, 1>::Ones(n));
  double best = std::numeric_limits<double>::infinity();
  for (Eigen::Index i = 0; i < n; ++i)
    if (!diverged(i)) best = std::min(best, final_cost(i));
  for (Eigen::Index i = 0; i < n; ++i)
    rows[static_cast<std::size_t>(i)].label = diverged(i) ? RateLabel::diverges
                                              : final_cost(i) <= (1 + tolerance) * best ? RateLabel::converges
                                                                                         : RateLabel::too_slow;
  return rows;
}

}  // namespace exercises
