#include <bits/stdc++.h>
#include "wb_regression.hpp"

namespace exercises {

double compute_cost(const gdlab::Vector& X, const gdlab::Vector& y, double w, double b) {
  auto pred = (w * X.array() + b);
  return (pred - y.array()).square().mean();
}

Gradients compute_gradients(const gdlab::Vector& X, const gdlab::Vector& y, double w, double b) {
  Eigen::ArrayXd errors = w * X.array() + b - y.array();
  return Gradients{2 * (errors * X.array()).mean(), 2 * errors.mean()};
}

Training train(const gdlab::Vector& X, const gdlab::Vector& y, double w0, double b0, double lr,
               int iterations) {
  Training T;
  double w = w0, b = b0;
  T.w = {w};
  T.b = {b};
  for (int i = 0; i < iterations; i++) {
    Gradients g = compute_gradients(X, y, w, b);
    double nw = w - lr * g.dJ_dw;
    double nb = b - lr * g.dJ_db;
    w = nw;
    b = nb;
    T.w.push_back(w);
    T.b.push_back(b);
    T.cost_history.push_back(compute_cost(X, y, w, b));
  }
  return T;
}

std::vector<SweepRow> sweep(const gdlab::Vector& X, const gdlab::Vector& y,
                            const std::vector<double>& rates, int iterations, double tolerance) {
  const double base = compute_cost(X, y, 0, 0);
  std::vector<SweepRow> out;
  for (double lr : rates) {
    Training T = train(X, y, 0, 0, lr, iterations);
    SweepRow r;
    r.lr = lr;
    r.w = T.w.back();
    r.b = T.b.back();
    r.final_cost = compute_cost(X, y, r.w, r.b);
    out.push_back(r);
  }
  auto diverged = [&](const SweepRow& r) { return !std::isfinite(r.final_cost) || r.final_cost > base; };
  double best = INFINITY;
  for (auto& r : out) if (!diverged(r)) best = std::min(best, r.final_cost);
  for (auto& r : out) {
    if (diverged(r)) r.label = RateLabel::diverges;
    else if (r.final_cost <= (1 + tolerance) * best) r.label = RateLabel::converges;
    else r.label = RateLabel::too_slow;
  }
  return out;
}

}  // namespace exercises
