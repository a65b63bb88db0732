#include <bits/stdc++.h>
#include "wb_regression.hpp"
using namespace std;

namespace exercises {

double compute_cost(const gdlab::Vector& X, const gdlab::Vector& y, double w, double b) {
  int N = X.size();
  double s = 0;
  for (int i = 0; i < N; i++) s += pow(w * X[i] + b - y[i], 2);
  return s / N;
}

Gradients compute_gradients(const gdlab::Vector& X, const gdlab::Vector& y, double w, double b) {
  int N = X.size();
  double sum_ex = 0, sum_e = 0;
  for (int i = 0; i < N; i++) {
    double e = w * X[i] + b - y[i];
    sum_ex += e * X[i];
    sum_e += e;
  }
  Gradients g;
  g.dJ_dw = (1 / N) * sum_ex;
  g.dJ_db = (1 / N) * sum_e;
  return g;
}

Training train(const gdlab::Vector& X, const gdlab::Vector& y, double w0, double b0, double lr,
               int iterations) {
  Training res;
  double w = w0, b = b0;
  res.w.push_back(w);
  res.b.push_back(b);
  for (int it = 0; it < iterations; it++) {
    Gradients g = compute_gradients(X, y, w, b);
    w -= lr * g.dJ_dw;
    b -= lr * g.dJ_db;
    res.w.push_back(w);
    res.b.push_back(b);
    res.cost_history.push_back(compute_cost(X, y, w, b));
  }
  return res;
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
