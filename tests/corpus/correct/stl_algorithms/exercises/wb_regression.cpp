// Correct: std::transform for the errors, std::accumulate / std::inner_product for the means,
// reserve() before the loops, std::min_element over the finite costs for the sweep.
#include "wb_regression.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace exercises {

namespace {

std::vector<double> errors(const gdlab::Vector& X, const gdlab::Vector& y, double w, double b) {
  std::vector<double> e(static_cast<std::size_t>(X.size()));
  std::transform(X.data(), X.data() + X.size(), y.data(), e.begin(), [w, b](double x, double t) { return w * x + b - t; });
  return e;
}

}  // namespace

double compute_cost(const gdlab::Vector& X, const gdlab::Vector& y, double w, double b) {
  const std::vector<double> e = errors(X, y, w, b);
  return std::inner_product(e.begin(), e.end(), e.begin(), 0.0) / static_cast<double>(e.size());
}

Gradients compute_gradients(const gdlab::Vector& X, const gdlab::Vector& y, double w, double b) {
  const std::vector<double> e = errors(X, y, w, b);
  const double n = static_cast<double>(e.size());
  return {std::inner_product(e.begin(), e.end(), X.data(), 0.0) / n, std::accumulate(e.begin(), e.end(), 0.0) / n};
}

Training train(const gdlab::Vector& X, const gdlab::Vector& y, double w0, double b0, double lr,
               int iterations) {
  Training t;
  const std::size_t n = static_cast<std::size_t>(std::max(iterations, 0));
  t.w.reserve(n + 1);
  t.b.reserve(n + 1);
  t.cost_history.reserve(n);
  t.w.push_back(w0);
  t.b.push_back(b0);
  for (std::size_t k = 0; k < n; ++k) {
    const auto [dw, db] = compute_gradients(X, y, t.w.back(), t.b.back());
    t.w.push_back(t.w.back() - lr * dw);
    t.b.push_back(t.b.back() - lr * db);
    t.cost_history.push_back(compute_cost(X, y, t.w.back(), t.b.back()));
  }
  return t;
}

std::vector<SweepRow> sweep(const gdlab::Vector& X, const gdlab::Vector& y,
                            const std::vector<double>& rates, int iterations, double tolerance) {
  const double start = compute_cost(X, y, 0, 0);
  std::vector<SweepRow> rows(rates.size());
  std::transform(rates.begin(), rates.end(), rows.begin(), [&](double lr) {
    const Training t = train(X, y, 0, 0, lr, iterations);
    return SweepRow{lr, t.w.back(), t.b.back(), compute_cost(X, y, t.w.back(), t.b.back())};
  });
  const auto diverged = [start](const SweepRow& r) { return !std::isfinite(r.final_cost) || r.final_cost > start; };
  std::vector<double> finite;
  for (const auto& r : rows)
    if (!diverged(r)) finite.push_back(r.final_cost);
  const double best = finite.empty() ? 0 : *std::min_element(finite.begin(), finite.end());
  std::transform(rows.begin(), rows.end(), rows.begin(), [&](SweepRow r) {
    r.label = diverged(r) ? RateLabel::diverges
              : r.final_cost <= (1 + tolerance) * best ? RateLabel::converges : RateLabel::too_slow;
    return r;
  });
  return rows;
}

}  // namespace exercises
