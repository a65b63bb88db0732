// Correct: long double accumulators for the cost and both gradients (more precise than the
// reference's doubles by far less than the tolerance), rounded to double on return.
#include "wb_regression.hpp"

#include <cmath>
#include <limits>

namespace exercises {

double compute_cost(const gdlab::Vector& X, const gdlab::Vector& y, double w, double b) {
  long double s = 0;
  for (gdlab::Index i = 0; i < X.size(); ++i) {
    const long double e = static_cast<long double>(w) * X(i) + b - y(i);
    s += e * e;
  }
  return static_cast<double>(s / X.size());
}

Gradients compute_gradients(const gdlab::Vector& X, const gdlab::Vector& y, double w, double b) {
  long double sw = 0, sb = 0;
  for (gdlab::Index i = 0; i < X.size(); ++i) {
    const long double e = static_cast<long double>(w) * X(i) + b - y(i);
    sw += e * X(i);
    sb += e;
  }
  return {static_cast<double>(sw / X.size()), static_cast<double>(sb / X.size())};
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
  const double start = compute_cost(X, y, 0, 0);
  std::vector<SweepRow> rows;
  double best = std::numeric_limits<double>::infinity();
  for (double lr : rates) {
    const Training t = train(X, y, 0, 0, lr, iterations);
    SweepRow r{lr, t.w.back(), t.b.back(), compute_cost(X, y, t.w.back(), t.b.back())};
    r.label = (!std::isfinite(r.final_cost) || r.final_cost > start) ? RateLabel::diverges : RateLabel::too_slow;
    if (r.label != RateLabel::diverges && r.final_cost < best) best = r.final_cost;
    rows.push_back(r);
  }
  for (auto& r : rows)
    if (r.label != RateLabel::diverges && r.final_cost <= (1 + tolerance) * best) r.label = RateLabel::converges;
  return rows;
}

}  // namespace exercises
