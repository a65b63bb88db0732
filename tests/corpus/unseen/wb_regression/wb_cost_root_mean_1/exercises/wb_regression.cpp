#include "wb_regression.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace exercises {

double compute_cost(const gdlab::Vector& X, const gdlab::Vector& y, double w, double b) {
  gdlab::Vector e = (w * X).array() + b - y.array();
  return std::sqrt(e.squaredNorm() / static_cast<double>(X.size()));
}

Gradients compute_gradients(const gdlab::Vector& X, const gdlab::Vector& y, double w, double b) {
  gdlab::Vector e = (w * X).array() + b - y.array();
  const double N = static_cast<double>(X.size());
  return {e.dot(X) / N, e.sum() / N};
}

Training train(const gdlab::Vector& X, const gdlab::Vector& y, double w0, double b0, double lr,
               int iterations) {
  Training t;
  double w = w0, b = b0;
  t.w.push_back(w);
  t.b.push_back(b);
  for (int i = 0; i < iterations; ++i) {
    const Gradients g = compute_gradients(X, y, w, b);
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
  for (double lr : rates) {
    const Training t = train(X, y, 0.0, 0.0, lr, iterations);
    SweepRow r;
    r.lr = lr;
    r.w = t.w.back();
    r.b = t.b.back();
    r.final_cost = compute_cost(X, y, r.w, r.b);
    r.label = (std::isfinite(r.final_cost) && r.final_cost <= c0) ? RateLabel::too_slow
                                                                   : RateLabel::diverges;
    rows.push_back(r);
  }
  double best = std::numeric_limits<double>::infinity();
  for (const auto& r : rows)
    if (r.label != RateLabel::diverges) best = std::min(best, r.final_cost);
  for (auto& r : rows)
    if (r.label == RateLabel::too_slow && r.final_cost <= (1.0 + tolerance) * best)
      r.label = RateLabel::converges;
  return rows;
}

}  // namespace exercises
