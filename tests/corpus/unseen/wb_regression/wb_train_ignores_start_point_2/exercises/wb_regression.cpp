#include "wb_regression.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace exercises {

double compute_cost(const gdlab::Vector& X, const gdlab::Vector& y, double w, double b) {
  double s = 0.0;
  for (gdlab::Index i = 0; i < X.size(); ++i) {
    const double e = w * X[i] + b - y[i];
    s += e * e;
  }
  return s / static_cast<double>(X.size());
}

Gradients compute_gradients(const gdlab::Vector& X, const gdlab::Vector& y, double w, double b) {
  double gw = 0.0, gb = 0.0;
  for (gdlab::Index i = 0; i < X.size(); ++i) {
    const double e = w * X[i] + b - y[i];
    gw += e * X[i];
    gb += e;
  }
  const double N = static_cast<double>(X.size());
  return {gw / N, gb / N};
}

Training train(const gdlab::Vector& X, const gdlab::Vector& y, double w0, double b0, double lr,
               int iterations) {
  Training result;
  result.w.push_back(w0);
  result.b.push_back(b0);
  double w = 0.0;
  double b = 0.0;
  for (int it = 0; it < iterations; ++it) {
    const Gradients g = compute_gradients(X, y, w, b);
    w -= lr * g.dJ_dw;
    b -= lr * g.dJ_db;
    result.w.push_back(w);
    result.b.push_back(b);
    result.cost_history.push_back(compute_cost(X, y, w, b));
  }
  return result;
}

std::vector<SweepRow> sweep(const gdlab::Vector& X, const gdlab::Vector& y,
                            const std::vector<double>& rates, int iterations, double tolerance) {
  const double start_cost = compute_cost(X, y, 0.0, 0.0);
  std::vector<SweepRow> rows(rates.size());
  std::vector<bool> diverged(rates.size(), false);
  for (std::size_t i = 0; i < rates.size(); ++i) {
    const Training t = train(X, y, 0.0, 0.0, rates[i], iterations);
    rows[i].lr = rates[i];
    rows[i].w = t.w.back();
    rows[i].b = t.b.back();
    rows[i].final_cost = compute_cost(X, y, rows[i].w, rows[i].b);
    diverged[i] = !std::isfinite(rows[i].final_cost) || rows[i].final_cost > start_cost;
  }
  double best = std::numeric_limits<double>::infinity();
  for (std::size_t i = 0; i < rows.size(); ++i)
    if (!diverged[i]) best = std::min(best, rows[i].final_cost);
  for (std::size_t i = 0; i < rows.size(); ++i) {
    if (diverged[i]) rows[i].label = RateLabel::diverges;
    else if (rows[i].final_cost <= (1.0 + tolerance) * best) rows[i].label = RateLabel::converges;
    else rows[i].label = RateLabel::too_slow;
  }
  return rows;
}

}  // namespace exercises
