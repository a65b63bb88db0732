#include <bits/stdc++.h>
#include "wb_regression.hpp"

namespace exercises {

double compute_cost(const gdlab::Vector& X, const gdlab::Vector& y, double w, double b) {
  double c = 0;
  for (int i = 0; i < (int)X.size(); ++i) {
    double e = w * X(i) + b - y(i);
    c += e * e;
  }
  return c / X.size();
}

Gradients compute_gradients(const gdlab::Vector& X, const gdlab::Vector& y, double w, double b) {
  Gradients g;
  for (int i = 0; i < (int)X.size(); ++i) {
    double e = w * X(i) + b - y(i);
    g.dJ_dw += e * X(i);
    g.dJ_db += e;
  }
  g.dJ_dw /= X.size();
  g.dJ_db /= X.size();
  return g;
}

Training train(const gdlab::Vector& X, const gdlab::Vector& y, double w0, double b0, double lr,
               int iterations) {
  Training t;
  t.w.push_back(w0);
  t.b.push_back(b0);
  double w = w0, b = b0;
  for (int i = 0; i < iterations; ++i) {
    // gradients and cost at the current point
    Gradients g = compute_gradients(X, y, w, b);
    double cost = compute_cost(X, y, w, b);
    w = w - lr * g.dJ_dw;
    b = b - lr * g.dJ_db;
    t.w.push_back(w);
    t.b.push_back(b);
    t.cost_history.push_back(cost);
    if (i % 100 == 0) std::cerr << "Iter " << i << " cost " << cost << '\n';
  }
  return t;
}

std::vector<SweepRow> sweep(const gdlab::Vector& X, const gdlab::Vector& y,
                            const std::vector<double>& rates, int iterations, double tolerance) {
  const double c0 = compute_cost(X, y, 0, 0);
  std::vector<SweepRow> rows;
  for (double lr : rates) {
    Training t = train(X, y, 0, 0, lr, iterations);
    SweepRow r;
    r.lr = lr;
    r.w = t.w.back();
    r.b = t.b.back();
    r.final_cost = compute_cost(X, y, r.w, r.b);
    r.label = (!std::isfinite(r.final_cost) || r.final_cost > c0) ? RateLabel::diverges
                                                                   : RateLabel::too_slow;
    rows.push_back(r);
  }
  double best = std::numeric_limits<double>::infinity();
  for (auto& r : rows) if (r.label != RateLabel::diverges) best = std::min(best, r.final_cost);
  for (auto& r : rows)
    if (r.label != RateLabel::diverges && r.final_cost <= (1 + tolerance) * best)
      r.label = RateLabel::converges;
  return rows;
}

}  // namespace exercises
