#include <bits/stdc++.h>
#include "wb_regression.hpp"
using namespace std;

namespace exercises {

double compute_cost(const gdlab::Vector& X, const gdlab::Vector& y, double w, double b) {
  double s = 0;
  int N = X.size();
  for (int i = 0; i < N; i++) {
    double e = w * X[i] + b - y[i];
    s += e * e;
  }
  return s / N;
}

Gradients compute_gradients(const gdlab::Vector& X, const gdlab::Vector& y, double w, double b) {
  double dw = 0, db = 0;
  int N = X.size();
  for (int i = 0; i < N; i++) {
    double e = w * X[i] + b - y[i];
    dw += e * X[i];
    db += e;
  }
  Gradients g;
  g.dJ_dw = dw / N;
  g.dJ_db = db / N;
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

vector<SweepRow> sweep(const gdlab::Vector& X, const gdlab::Vector& y,
                       const vector<double>& rates, int iterations, double tolerance) {
  double c0 = compute_cost(X, y, 0, 0);
  vector<SweepRow> rows;
  for (double lr : rates) {
    Training t = train(X, y, 0, 0, lr, iterations);
    SweepRow r;
    r.lr = lr;
    r.w = t.w.back();
    r.b = t.b.back();
    r.final_cost = compute_cost(X, y, r.w, r.b);
    if (isinf(r.final_cost) || r.final_cost > c0) r.label = RateLabel::diverges;
    else r.label = RateLabel::too_slow;
    rows.push_back(r);
  }
  double best = numeric_limits<double>::infinity();
  for (auto& r : rows) if (r.label != RateLabel::diverges) best = min(best, r.final_cost);
  for (auto& r : rows)
    if (r.label != RateLabel::diverges && r.final_cost <= (1 + tolerance) * best) r.label = RateLabel::converges;
  return rows;
}

}  // namespace exercises
