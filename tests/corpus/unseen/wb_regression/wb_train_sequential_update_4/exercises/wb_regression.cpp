#include "wb_regression.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace exercises {

double compute_cost(const gdlab::Vector& X, const gdlab::Vector& y, double w, double b) {
  Eigen::ArrayXd e = w * X.array() + b - y.array();
  return e.square().mean();
}

Gradients compute_gradients(const gdlab::Vector& X, const gdlab::Vector& y, double w, double b) {
  Eigen::ArrayXd e = w * X.array() + b - y.array();
  Gradients g;
  g.dJ_dw = (e * X.array()).mean();
  g.dJ_db = e.mean();
  return g;
}

Training train(const gdlab::Vector& X, const gdlab::Vector& y, double w0, double b0, double lr,
               int iterations) {
  Training hist;
  double w = w0;
  double b = b0;
  hist.w.push_back(w);
  hist.b.push_back(b);
  for (int i = 0; i < iterations; ++i) {
    Gradients g = compute_gradients(X, y, w, b);
    b -= lr * g.dJ_db;
    g = compute_gradients(X, y, w, b);
    w -= lr * g.dJ_dw;
    hist.w.push_back(w);
    hist.b.push_back(b);
    hist.cost_history.push_back(compute_cost(X, y, w, b));
  }
  return hist;
}

std::vector<SweepRow> sweep(const gdlab::Vector& X, const gdlab::Vector& y,
                            const std::vector<double>& rates, int iterations, double tolerance) {
  const double cost_at_zero = compute_cost(X, y, 0.0, 0.0);
  std::vector<SweepRow> rows;
  for (double lr : rates) {
    Training t = train(X, y, 0.0, 0.0, lr, iterations);
    SweepRow r;
    r.lr = lr;
    r.w = t.w.back();
    r.b = t.b.back();
    r.final_cost = compute_cost(X, y, r.w, r.b);
    rows.push_back(r);
  }
  auto diverged = [&](const SweepRow& r) {
    return !std::isfinite(r.final_cost) || r.final_cost > cost_at_zero;
  };
  double best = std::numeric_limits<double>::infinity();
  for (const auto& r : rows)
    if (!diverged(r)) best = std::min(best, r.final_cost);
  for (auto& r : rows) {
    if (diverged(r)) r.label = RateLabel::diverges;
    else if (r.final_cost <= (1.0 + tolerance) * best) r.label = RateLabel::converges;
    else r.label = RateLabel::too_slow;
  }
  return rows;
}

}  // namespace exercises
