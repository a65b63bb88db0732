// Correct: the text's (w, b) training written with index loops over the data (std::size_t),
// the sweep labelling in a second pass once the best final cost is known.
#include "wb_regression.hpp"

#include <cmath>
#include <cstddef>

namespace exercises {

double compute_cost(const gdlab::Vector& X, const gdlab::Vector& y, double w, double b) {
  const auto n = static_cast<std::size_t>(X.size());
  double sum = 0.0;
  for (std::size_t i = 0; i < n; ++i) {
    const double e = w * X[static_cast<gdlab::Index>(i)] + b - y[static_cast<gdlab::Index>(i)];
    sum += e * e;
  }
  return sum / static_cast<double>(n);
}

Gradients compute_gradients(const gdlab::Vector& X, const gdlab::Vector& y, double w, double b) {
  const auto n = static_cast<std::size_t>(X.size());
  double sw = 0.0, sb = 0.0;
  for (std::size_t i = 0; i < n; ++i) {
    const double e = w * X[static_cast<gdlab::Index>(i)] + b - y[static_cast<gdlab::Index>(i)];
    sw += e * X[static_cast<gdlab::Index>(i)];
    sb += e;
  }
  Gradients g;
  g.dJ_dw = sw / static_cast<double>(n);
  g.dJ_db = sb / static_cast<double>(n);
  return g;
}

Training train(const gdlab::Vector& X, const gdlab::Vector& y, double w0, double b0, double lr,
               int iterations) {
  const std::size_t n = iterations > 0 ? static_cast<std::size_t>(iterations) : 0;
  Training t;
  t.w.resize(n + 1);
  t.b.resize(n + 1);
  t.cost_history.resize(n);
  t.w[0] = w0;
  t.b[0] = b0;
  for (std::size_t k = 0; k < n; ++k) {
    const Gradients g = compute_gradients(X, y, t.w[k], t.b[k]);
    t.w[k + 1] = t.w[k] - lr * g.dJ_dw;
    t.b[k + 1] = t.b[k] - lr * g.dJ_db;
    t.cost_history[k] = compute_cost(X, y, t.w[k + 1], t.b[k + 1]);
  }
  return t;
}

std::vector<SweepRow> sweep(const gdlab::Vector& X, const gdlab::Vector& y,
                            const std::vector<double>& rates, int iterations, double tolerance) {
  const double start = compute_cost(X, y, 0.0, 0.0);
  std::vector<SweepRow> rows(rates.size());
  std::vector<bool> diverged(rates.size());
  double best = 0.0;
  bool have_best = false;
  for (std::size_t r = 0; r < rates.size(); ++r) {
    const Training t = train(X, y, 0.0, 0.0, rates[r], iterations);
    rows[r].lr = rates[r];
    rows[r].w = t.w[t.w.size() - 1];
    rows[r].b = t.b[t.b.size() - 1];
    rows[r].final_cost = compute_cost(X, y, rows[r].w, rows[r].b);
    diverged[r] = !std::isfinite(rows[r].final_cost) || rows[r].final_cost > start;
    if (!diverged[r] && (!have_best || rows[r].final_cost < best)) {
      best = rows[r].final_cost;
      have_best = true;
    }
  }
  for (std::size_t r = 0; r < rows.size(); ++r) {
    if (diverged[r]) rows[r].label = RateLabel::diverges;
    else if (rows[r].final_cost <= (1.0 + tolerance) * best) rows[r].label = RateLabel::converges;
    else rows[r].label = RateLabel::too_slow;
  }
  return rows;
}

}  // namespace exercises
