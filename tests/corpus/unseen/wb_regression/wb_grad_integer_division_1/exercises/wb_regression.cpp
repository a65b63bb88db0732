#include "wb_regression.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace exercises {

double compute_cost(const gdlab::Vector& X, const gdlab::Vector& y, double w, double b) {
  gdlab::Vector e = (w * X).array() + b - y.array();
  return e.squaredNorm() / static_cast<double>(X.size());
}

Gradients compute_gradients(const gdlab::Vector& X, const gdlab::Vector& y, double w, double b) {
  const gdlab::Index N = X.size();
  const double inv_n = 1 / N;
  gdlab::Vector e = (w * X).array() + b - y.array();
  Gradients g;
  g.dJ_dw = inv_n * e.dot(X);
  g.dJ_db = inv_n * e.sum();
  return g;
}

Training train(const gdlab::Vector& X, const gdlab::Vector& y, double w0, double b0, double lr,
               int iterations) {
  Training t;
  double w = w0, b = b0;
  t.w.push_back(w);
  t.b.push_back(b);
  for (int i = 0; i < iterations; ++i) {
    Gradients g = compute_gradients(X, y, w, b);
    w -= lr * g.dJ_dw;
    b -= lr * g.dJ_db;
    t.w.push_back(w);
    t.b.push_back(b);
    t.cost_history.push_back(compute_cost(X, y, w, b));
  }
  return t;
}

std::vector<SweepRow> sweep(const gdlab::Vector& X, const gdlab::Vector& y,
                            const std::vector<double>& rates, int iterations, double tolerance) {
  const double c0 = compute_cost(X, y, 0.0, 0.0);
  std::vector<SweepRow> rows;
  std::vector<bool> diverged;
  for (double lr : rates) {
    Training t = train(X, y, 0.0, 0.0, lr, iterations);
    SweepRow r;
    r.lr = lr;
    r.w = t.w.back();
    r.b = t.b.back();
    r.final_cost = compute_cost(X, y, r.w, r.b);
    diverged.push_back(!std::isfinite(r.final_cost) || r.final_cost > c0);
    rows.push_back(r);
  }
  double best = std::numeric_limits<double>::infinity();
  for (std::size_t i = 0; i < rows.size(); ++i)
    if (!diverged[i]) best = std::min(best, rows[i].final_cost);
  for (std::size_t i = 0; i < rows.size(); ++i) {
    if (diverged[i]) rows[i].label = RateLabel::diverges;
    else if (rows[i].final_cost <= (1.0 + tolerance) * best) rows[i].label = RateLabel::converges;
    else rows[i].label = RateLabel::too_slow;
  }
  return rows;
}

}  // namespace exercises
