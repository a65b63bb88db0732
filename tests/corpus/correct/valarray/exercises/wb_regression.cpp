// Correct: the data copied into std::valarray once per call, errors and means as valarray
// expressions ((e * x).sum() / n), like the text's numpy.
#include "wb_regression.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <valarray>

namespace exercises {

namespace {

std::valarray<double> va(const gdlab::Vector& v) { return std::valarray<double>(v.data(), static_cast<std::size_t>(v.size())); }

}  // namespace

double compute_cost(const gdlab::Vector& X, const gdlab::Vector& y, double w, double b) {
  const std::valarray<double> x = va(X), t = va(y);
  const std::valarray<double> e = w * x + b - t;
  return (e * e).sum() / static_cast<double>(e.size());
}

Gradients compute_gradients(const gdlab::Vector& X, const gdlab::Vector& y, double w, double b) {
  const std::valarray<double> x = va(X), t = va(y);
  const std::valarray<double> e = w * x + b - t;
  const double n = static_cast<double>(e.size());
  return {(e * x).sum() / n, e.sum() / n};
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
  const double c0 = compute_cost(X, y, 0, 0);
  std::valarray<double> costs(rates.size());
  std::vector<SweepRow> rows;
  for (std::size_t i = 0; i < rates.size(); ++i) {
    const Training t = train(X, y, 0, 0, rates[i], iterations);
    SweepRow r{rates[i], t.w.back(), t.b.back(), compute_cost(X, y, t.w.back(), t.b.back())};
    const bool diverged = !std::isfinite(r.final_cost) || r.final_cost > c0;
    r.label = diverged ? RateLabel::diverges : RateLabel::too_slow;
    costs[i] = diverged ? std::numeric_limits<double>::infinity() : r.final_cost;
    rows.push_back(r);
  }
  const double best = costs.size() ? costs.min() : 0.0;
  for (auto& r : rows)
    if (r.label != RateLabel::diverges && r.final_cost <= (1 + tolerance) * best) r.label = RateLabel::converges;
  return rows;
}

}  // namespace exercises
