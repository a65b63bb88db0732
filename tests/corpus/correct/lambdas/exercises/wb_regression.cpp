// Correct: errors as a lambda reused by the cost and the gradients, and the sweep's labels
// decided by a lambda over the rows.
#include "wb_regression.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace exercises {

namespace {

auto errors = [](const gdlab::Vector& X, const gdlab::Vector& y, double w, double b) {
  return gdlab::Vector((w * X).array() + b - y.array());
};

}  // namespace

double compute_cost(const gdlab::Vector& X, const gdlab::Vector& y, double w, double b) {
  return errors(X, y, w, b).squaredNorm() / X.size();
}

Gradients compute_gradients(const gdlab::Vector& X, const gdlab::Vector& y, double w, double b) {
  const auto e = errors(X, y, w, b);
  const auto mean = [n = double(X.size())](double s) { return s / n; };
  return {mean(e.dot(X)), mean(e.sum())};
}

Training train(const gdlab::Vector& X, const gdlab::Vector& y, double w0, double b0, double lr,
               int iterations) {
  Training t{{w0}, {b0}, {}};
  auto step = [&](double w, double b) {
    const Gradients g = compute_gradients(X, y, w, b);
    return std::pair{w - lr * g.dJ_dw, b - lr * g.dJ_db};
  };
  for (int i = 0; i < iterations; ++i) {
    const auto [w, b] = step(t.w.back(), t.b.back());
    t.w.push_back(w);
    t.b.push_back(b);
    t.cost_history.push_back(compute_cost(X, y, w, b));
  }
  return t;
}

std::vector<SweepRow> sweep(const gdlab::Vector& X, const gdlab::Vector& y,
                            const std::vector<double>& rates, int iterations, double tolerance) {
  const double start = compute_cost(X, y, 0, 0);
  std::vector<SweepRow> rows;
  for (double lr : rates) {
    const Training t = train(X, y, 0, 0, lr, iterations);
    rows.push_back({lr, t.w.back(), t.b.back(), compute_cost(X, y, t.w.back(), t.b.back()), RateLabel::too_slow});
  }
  const auto diverged = [start](const SweepRow& r) { return !std::isfinite(r.final_cost) || r.final_cost > start; };
  double best = std::numeric_limits<double>::infinity();
  for (const auto& r : rows)
    if (!diverged(r)) best = std::min(best, r.final_cost);
  std::for_each(rows.begin(), rows.end(), [&](SweepRow& r) {
    r.label = diverged(r) ? RateLabel::diverges
              : r.final_cost <= (1 + tolerance) * best ? RateLabel::converges
                                                        : RateLabel::too_slow;
  });
  return rows;
}

}  // namespace exercises
