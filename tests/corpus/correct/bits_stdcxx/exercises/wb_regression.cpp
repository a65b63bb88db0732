// Correct: <bits/stdc++.h> first, using namespace std, and the sweep's labels computed with
// *min_element over the finite costs.
#include <bits/stdc++.h>
#include "wb_regression.hpp"
using namespace std;

namespace exercises {

double compute_cost(const gdlab::Vector& X, const gdlab::Vector& y, double w, double b) {
  double s = 0;
  for (int i = 0; i < X.size(); i++) s += pow(w * X[i] + b - y[i], 2);
  return s / X.size();
}

Gradients compute_gradients(const gdlab::Vector& X, const gdlab::Vector& y, double w, double b) {
  double gw = 0, gb = 0;
  for (int i = 0; i < X.size(); i++) {
    double e = w * X[i] + b - y[i];
    gw += e * X[i];
    gb += e;
  }
  return {gw / X.size(), gb / X.size()};
}

Training train(const gdlab::Vector& X, const gdlab::Vector& y, double w0, double b0, double lr,
               int iterations) {
  Training t;
  t.w = {w0};
  t.b = {b0};
  double w = w0, b = b0;
  for (int i = 0; i < iterations; i++) {
    auto [dw, db] = compute_gradients(X, y, w, b);
    w -= lr * dw;
    b -= lr * db;
    t.w.push_back(w), t.b.push_back(b), t.cost_history.push_back(compute_cost(X, y, w, b));
  }
  return t;
}

vector<SweepRow> sweep(const gdlab::Vector& X, const gdlab::Vector& y, const vector<double>& rates,
                       int iterations, double tolerance) {
  double c0 = compute_cost(X, y, 0, 0);
  vector<SweepRow> rows;
  vector<double> ok;
  for (double lr : rates) {
    Training t = train(X, y, 0, 0, lr, iterations);
    SweepRow r;
    r.lr = lr, r.w = t.w.back(), r.b = t.b.back();
    r.final_cost = compute_cost(X, y, r.w, r.b);
    bool div = !isfinite(r.final_cost) || r.final_cost > c0;
    r.label = div ? RateLabel::diverges : RateLabel::too_slow;
    if (!div) ok.push_back(r.final_cost);
    rows.push_back(r);
  }
  if (!ok.empty()) {
    double best = *min_element(ok.begin(), ok.end());
    for (auto& r : rows)
      if (r.label != RateLabel::diverges && r.final_cost <= (1 + tolerance) * best) r.label = RateLabel::converges;
  }
  return rows;
}

}  // namespace exercises
