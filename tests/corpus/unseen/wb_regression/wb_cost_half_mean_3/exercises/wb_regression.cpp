#include <bits/stdc++.h>
#include "wb_regression.hpp"

using namespace std;

namespace exercises {

double compute_cost(const gdlab::Vector& X, const gdlab::Vector& y, double w, double b) {
  gdlab::Vector yhat = w * X + gdlab::Vector::Constant(X.size(), b);
  return 0.5 * (yhat - y).array().square().mean();
}

Gradients compute_gradients(const gdlab::Vector& X, const gdlab::Vector& y, double w, double b) {
  gdlab::Vector yhat = w * X + gdlab::Vector::Constant(X.size(), b);
  gdlab::Vector err = yhat - y;
  Gradients g;
  g.dJ_dw = (err.array() * X.array()).mean();
  g.dJ_db = err.mean();
  return g;
}

Training train(const gdlab::Vector& X, const gdlab::Vector& y, double w0, double b0, double lr,
               int iterations) {
  Training tr;
  double w = w0, b = b0;
  tr.w.push_back(w);
  tr.b.push_back(b);
  for (int i = 0; i < iterations; i++) {
    auto [dw, db] = compute_gradients(X, y, w, b);
    w -= lr * dw;
    b -= lr * db;
    tr.w.push_back(w);
    tr.b.push_back(b);
    tr.cost_history.push_back(compute_cost(X, y, w, b));
    if (i % 100 == 0) cerr << "Iter " << i << ": w=" << w << " b=" << b << "\n";
  }
  return tr;
}

vector<SweepRow> sweep(const gdlab::Vector& X, const gdlab::Vector& y,
                       const vector<double>& rates, int iterations, double tolerance) {
  double c0 = compute_cost(X, y, 0, 0);
  vector<SweepRow> res(rates.size());
  vector<char> bad(rates.size(), 0);
  for (size_t k = 0; k < rates.size(); k++) {
    auto t = train(X, y, 0, 0, rates[k], iterations);
    res[k].lr = rates[k];
    res[k].w = t.w.back();
    res[k].b = t.b.back();
    res[k].final_cost = compute_cost(X, y, res[k].w, res[k].b);
    bad[k] = !isfinite(res[k].final_cost) || res[k].final_cost > c0;
  }
  double mn = numeric_limits<double>::infinity();
  for (size_t k = 0; k < res.size(); k++) if (!bad[k]) mn = min(mn, res[k].final_cost);
  for (size_t k = 0; k < res.size(); k++) {
    if (bad[k]) res[k].label = RateLabel::diverges;
    else if (res[k].final_cost <= (1 + tolerance) * mn) res[k].label = RateLabel::converges;
    else res[k].label = RateLabel::too_slow;
  }
  return res;
}

}  // namespace exercises
