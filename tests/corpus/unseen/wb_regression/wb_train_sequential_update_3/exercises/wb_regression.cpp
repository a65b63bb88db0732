#include <bits/stdc++.h>
#include "wb_regression.hpp"
using namespace std;

namespace exercises {

double compute_cost(const gdlab::Vector& X, const gdlab::Vector& y, double w, double b) {
  double s = 0;
  for (int i = 0; i < X.size(); i++) s += (w * X[i] + b - y[i]) * (w * X[i] + b - y[i]);
  return s / X.size();
}

Gradients compute_gradients(const gdlab::Vector& X, const gdlab::Vector& y, double w, double b) {
  double gw = 0, gb = 0;
  for (int i = 0; i < X.size(); i++) {
    double e = w * X[i] + b - y[i];
    gw += e * X[i];
    gb += e;
  }
  Gradients g;
  g.dJ_dw = gw / X.size();
  g.dJ_db = gb / X.size();
  return g;
}

Training train(const gdlab::Vector& X, const gdlab::Vector& y, double w0, double b0, double lr,
               int iterations) {
  Training t;
  double w = w0, b = b0;
  int N = X.size();
  t.w.push_back(w);
  t.b.push_back(b);
  for (int it = 0; it < iterations; it++) {
    double gw = 0;
    for (int i = 0; i < N; i++) gw += (w * X[i] + b - y[i]) * X[i];
    w -= lr * gw / N;
    double gb = 0;
    for (int i = 0; i < N; i++) gb += (w * X[i] + b - y[i]);
    b -= lr * gb / N;
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
  vector<bool> bad;
  for (double lr : rates) {
    Training t = train(X, y, 0, 0, lr, iterations);
    SweepRow r;
    r.lr = lr;
    r.w = t.w.back();
    r.b = t.b.back();
    r.final_cost = compute_cost(X, y, r.w, r.b);
    bad.push_back(!isfinite(r.final_cost) || r.final_cost > c0);
    rows.push_back(r);
  }
  double best = numeric_limits<double>::infinity();
  for (size_t i = 0; i < rows.size(); i++) if (!bad[i]) best = min(best, rows[i].final_cost);
  for (size_t i = 0; i < rows.size(); i++) {
    if (bad[i]) rows[i].label = RateLabel::diverges;
    else if (rows[i].final_cost <= (1 + tolerance) * best) rows[i].label = RateLabel::converges;
    else rows[i].label = RateLabel::too_slow;
  }
  return rows;
}

}  // namespace exercises
