#include "wb_regression.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace exercises {

static double predict(double w, double b, double x) { return w * x + b; }

double compute_cost(const gdlab::Vector& X, const gdlab::Vector& y, double w, double b) {
  double s = 0;
  for (int i = 0; i < X.size(); i++) {
    double d = predict(w, b, X[i]) - y[i];
    s += d * d;
  }
  return s / X.size();
}

Gradients compute_gradients(const gdlab::Vector& X, const gdlab::Vector& y, double w, double b) {
  double sw = 0, sb = 0;
  int N = X.size();
  for (int i = 0; i < N; i++) {
    double d = y[i] - predict(w, b, X[i]);
    sw += d * X[i];
    sb += d;
  }
  Gradients g;
  g.dJ_dw = sw / N;
  g.dJ_db = sb / N;
  return g;
}

Training train(const gdlab::Vector& X, const gdlab::Vector& y, double w0, double b0, double lr,
               int iterations) {
  Training t;
  double w = w0, b = b0;
  t.w.push_back(w);
  t.b.push_back(b);
  for (int i = 0; i < iterations; i++) {
    Gradients g = compute_gradients(X, y, w, b);
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
  double initial_cost = compute_cost(X, y, 0, 0);
  std::vector<SweepRow> rows;
  std::vector<bool> div;
  for (size_t i = 0; i < rates.size(); i++) {
    Training t = train(X, y, 0, 0, rates[i], iterations);
    SweepRow r;
    r.lr = rates[i];
    r.w = t.w.back();
    r.b = t.b.back();
    r.final_cost = compute_cost(X, y, r.w, r.b);
    div.push_back(!std::isfinite(r.final_cost) || r.final_cost > initial_cost);
    rows.push_back(r);
  }
  double best = std::numeric_limits<double>::infinity();
  for (size_t i = 0; i < rows.size(); i++)
    if (!div[i] && rows[i].final_cost < best) best = rows[i].final_cost;
  for (size_t i = 0; i < rows.size(); i++) {
    if (div[i]) rows[i].label = RateLabel::diverges;
    else if (rows[i].final_cost <= (1 + tolerance) * best) rows[i].label = RateLabel::converges;
    else rows[i].label = RateLabel::too_slow;
  }
  return rows;
}

}  // namespace exercises
