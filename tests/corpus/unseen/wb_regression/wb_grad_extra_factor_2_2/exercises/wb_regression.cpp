#include "wb_regression.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace exercises {

double compute_cost(const gdlab::Vector& X, const gdlab::Vector& y, double w, double b) {
  double total = 0;
  for (gdlab::Index i = 0; i < X.size(); ++i) {
    double e = w * X[i] + b - y[i];
    total += e * e;
  }
  return total / X.size();
}

Gradients compute_gradients(const gdlab::Vector& X, const gdlab::Vector& y, double w, double b) {
  const double N = X.size();
  double dw = 0, db = 0;
  for (gdlab::Index i = 0; i < X.size(); ++i) {
    double e = w * X[i] + b - y[i];
    dw += e * X[i];
    db += e;
  }
  Gradients g;
  g.dJ_dw = (2.0 / N) * dw;
  g.dJ_db = (2.0 / N) * db;
  return g;
}

Training train(const gdlab::Vector& X, const gdlab::Vector& y, double w0, double b0, double lr,
               int iterations) {
  Training tr;
  tr.w.push_back(w0);
  tr.b.push_back(b0);
  for (int k = 0; k < iterations; ++k) {
    double w = tr.w.back(), b = tr.b.back();
    Gradients g = compute_gradients(X, y, w, b);
    tr.w.push_back(w - lr * g.dJ_dw);
    tr.b.push_back(b - lr * g.dJ_db);
    tr.cost_history.push_back(compute_cost(X, y, tr.w.back(), tr.b.back()));
  }
  return tr;
}

std::vector<SweepRow> sweep(const gdlab::Vector& X, const gdlab::Vector& y,
                            const std::vector<double>& rates, int iterations, double tolerance) {
  std::vector<SweepRow> rows;
  double c0 = compute_cost(X, y, 0, 0);
  for (double lr : rates) {
    Training tr = train(X, y, 0, 0, lr, iterations);
    SweepRow row;
    row.lr = lr;
    row.w = tr.w.back();
    row.b = tr.b.back();
    row.final_cost = compute_cost(X, y, row.w, row.b);
    if (!std::isfinite(row.final_cost) || row.final_cost > c0)
      row.label = RateLabel::diverges;
    else
      row.label = RateLabel::too_slow;
    rows.push_back(row);
  }
  double best = std::numeric_limits<double>::max();
  for (auto& row : rows)
    if (row.label != RateLabel::diverges && row.final_cost < best) best = row.final_cost;
  for (auto& row : rows)
    if (row.label != RateLabel::diverges && row.final_cost <= (1 + tolerance) * best)
      row.label = RateLabel::converges;
  return rows;
}

}  // namespace exercises
