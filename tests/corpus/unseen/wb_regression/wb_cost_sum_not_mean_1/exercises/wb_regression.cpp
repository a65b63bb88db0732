#include "wb_regression.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace exercises {

double compute_cost(const gdlab::Vector& X, const gdlab::Vector& y, double w, double b) {
  double cost = 0.0;
  for (gdlab::Index i = 0; i < X.size(); ++i) {
    const double err = (w * X(i) + b) - y(i);
    cost += err * err;
  }
  return cost;
}

Gradients compute_gradients(const gdlab::Vector& X, const gdlab::Vector& y, double w, double b) {
  Gradients g;
  const double N = static_cast<double>(X.size());
  for (gdlab::Index i = 0; i < X.size(); ++i) {
    const double err = (w * X(i) + b) - y(i);
    g.dJ_dw += err * X(i);
    g.dJ_db += err;
  }
  g.dJ_dw /= N;
  g.dJ_db /= N;
  return g;
}

Training train(const gdlab::Vector& X, const gdlab::Vector& y, double w0, double b0, double lr,
               int iterations) {
  Training result;
  double w = w0;
  double b = b0;
  result.w.push_back(w);
  result.b.push_back(b);
  for (int i = 0; i < iterations; ++i) {
    Gradients g = compute_gradients(X, y, w, b);
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
  const double initial = compute_cost(X, y, 0.0, 0.0);
  std::vector<SweepRow> rows;
  rows.reserve(rates.size());
  for (double lr : rates) {
    Training t = train(X, y, 0.0, 0.0, lr, iterations);
    SweepRow row;
    row.lr = lr;
    row.w = t.w.back();
    row.b = t.b.back();
    row.final_cost = compute_cost(X, y, row.w, row.b);
    if (!std::isfinite(row.final_cost) || row.final_cost > initial) row.label = RateLabel::diverges;
    rows.push_back(row);
  }
  double smallest = std::numeric_limits<double>::infinity();
  for (const SweepRow& row : rows)
    if (row.label != RateLabel::diverges) smallest = std::min(smallest, row.final_cost);
  for (SweepRow& row : rows) {
    if (row.label == RateLabel::diverges) continue;
    row.label = row.final_cost <= (1.0 + tolerance) * smallest ? RateLabel::converges
                                                               : RateLabel::too_slow;
  }
  return rows;
}

}  // namespace exercises
