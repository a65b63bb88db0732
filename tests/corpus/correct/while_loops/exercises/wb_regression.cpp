// Correct: while loops throughout, and the text's progress line ("Iter ...: w=, b=, cost=")
// printed to stdout every 100 iterations, as Rolling Downhill does.
#include "wb_regression.hpp"

#include <cmath>
#include <cstdio>

namespace exercises {

double compute_cost(const gdlab::Vector& X, const gdlab::Vector& y, double w, double b) {
  double total = 0;
  long i = 0;
  while (i < X.size()) {
    double err = w * X(i) + b - y(i);
    total += err * err;
    i++;
  }
  return total / X.size();
}

Gradients compute_gradients(const gdlab::Vector& X, const gdlab::Vector& y, double w, double b) {
  Gradients g;
  long i = 0;
  while (i < X.size()) {
    double err = w * X(i) + b - y(i);
    g.dJ_dw += err * X(i);
    g.dJ_db += err;
    i++;
  }
  g.dJ_dw /= X.size();
  g.dJ_db /= X.size();
  return g;
}

Training train(const gdlab::Vector& X, const gdlab::Vector& y, double w0, double b0, double lr,
               int iterations) {
  Training t;
  double w = w0, b = b0;
  t.w.push_back(w);
  t.b.push_back(b);
  int i = 0;
  while (i < iterations) {
    Gradients g = compute_gradients(X, y, w, b);
    w = w - lr * g.dJ_dw;
    b = b - lr * g.dJ_db;
    t.w.push_back(w);
    t.b.push_back(b);
    t.cost_history.push_back(compute_cost(X, y, w, b));
    if (i % 100 == 0) std::printf("Iter %4d: w=%.3f, b=%.3f, cost=%.3f\n", i, w, b, t.cost_history.back());
    i++;
  }
  return t;
}

std::vector<SweepRow> sweep(const gdlab::Vector& X, const gdlab::Vector& y,
                            const std::vector<double>& rates, int iterations, double tolerance) {
  std::vector<SweepRow> rows;
  double start_cost = compute_cost(X, y, 0, 0);
  double best = INFINITY;
  size_t r = 0;
  while (r < rates.size()) {
    Training t = train(X, y, 0, 0, rates[r], iterations);
    SweepRow row;
    row.lr = rates[r];
    row.w = t.w.back();
    row.b = t.b.back();
    row.final_cost = compute_cost(X, y, row.w, row.b);
    if (!std::isfinite(row.final_cost) || row.final_cost > start_cost) row.label = RateLabel::diverges;
    else if (row.final_cost < best) best = row.final_cost;
    rows.push_back(row);
    r++;
  }
  r = 0;
  while (r < rows.size()) {
    if (rows[r].label != RateLabel::diverges)
      rows[r].label = rows[r].final_cost <= (1 + tolerance) * best ? RateLabel::converges : RateLabel::too_slow;
    r++;
  }
  std::printf("lr sweep done: %zu rates\n", rows.size());
  return rows;
}

}  // namespace exercises
