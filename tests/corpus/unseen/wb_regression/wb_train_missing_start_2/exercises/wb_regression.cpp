#include <bits/stdc++.h>
#include "wb_regression.hpp"
using namespace std;

namespace exercises {

double compute_cost(const gdlab::Vector& X, const gdlab::Vector& y, double w, double b) {
  return ((w * X.array() + b) - y.array()).square().mean();
}

Gradients compute_gradients(const gdlab::Vector& X, const gdlab::Vector& y, double w, double b) {
  Eigen::ArrayXd err = (w * X.array() + b) - y.array();
  Gradients g;
  g.dJ_dw = (err * X.array()).mean();
  g.dJ_db = err.mean();
  return g;
}

Training train(const gdlab::Vector& X, const gdlab::Vector& y, double w0, double b0, double lr,
               int iterations) {
  Training t;
  t.w.resize(iterations);
  t.b.resize(iterations);
  t.cost_history.resize(iterations);
  double w = w0, b = b0;
  for (int i = 0; i < iterations; i++) {
    auto g = compute_gradients(X, y, w, b);
    w -= lr * g.dJ_dw;
    b -= lr * g.dJ_db;
    t.w[i] = w;
    t.b[i] = b;
    t.cost_history[i] = compute_cost(X, y, w, b);
  }
  return t;
}

vector<SweepRow> sweep(const gdlab::Vector& X, const gdlab::Vector& y,
                       const vector<double>& rates, int iterations, double tolerance) {
  double c0 = compute_cost(X, y, 0, 0);
  vector<SweepRow> rows;
  for (double lr : rates) {
    double w = 0, b = 0;
    for (int i = 0; i < iterations; i++) {
      auto g = compute_gradients(X, y, w, b);
      w -= lr * g.dJ_dw;
      b -= lr * g.dJ_db;
    }
    SweepRow r;
    r.lr = lr;
    r.w = w;
    r.b = b;
    r.final_cost = compute_cost(X, y, w, b);
    r.label = (!isfinite(r.final_cost) || r.final_cost > c0) ? RateLabel::diverges : RateLabel::too_slow;
    rows.push_back(r);
  }
  double best = numeric_limits<double>::infinity();
  for (auto& r : rows) if (r.label != RateLabel::diverges) best = min(best, r.final_cost);
  for (auto& r : rows)
    if (r.label != RateLabel::diverges && r.final_cost <= (1 + tolerance) * best) r.label = RateLabel::converges;
  return rows;
}

}  // namespace exercises
