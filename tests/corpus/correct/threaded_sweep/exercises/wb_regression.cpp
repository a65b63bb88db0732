// Correct: the sweep trains every rate at once, one std::thread per rate, each writing only
// its own row; the labels are decided after every thread has joined.
#include "wb_regression.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <thread>

namespace exercises {

double compute_cost(const gdlab::Vector& X, const gdlab::Vector& y, double w, double b) {
  const gdlab::Vector e = (w * X).array() + b - y.array();
  return e.squaredNorm() / static_cast<double>(X.size());
}

Gradients compute_gradients(const gdlab::Vector& X, const gdlab::Vector& y, double w, double b) {
  const gdlab::Vector e = (w * X).array() + b - y.array();
  const double n = static_cast<double>(X.size());
  return {e.dot(X) / n, e.sum() / n};
}

Training train(const gdlab::Vector& X, const gdlab::Vector& y, double w0, double b0, double lr,
               int iterations) {
  Training t;
  t.w.reserve(iterations + 1);
  t.b.reserve(iterations + 1);
  t.cost_history.reserve(iterations);
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
  std::vector<SweepRow> rows(rates.size());
  std::vector<std::thread> workers;
  for (std::size_t i = 0; i < rates.size(); ++i)
    workers.emplace_back([&, i] {
      const Training t = train(X, y, 0.0, 0.0, rates[i], iterations);
      rows[i].lr = rates[i];
      rows[i].w = t.w.back();
      rows[i].b = t.b.back();
      rows[i].final_cost = compute_cost(X, y, rows[i].w, rows[i].b);
    });
  for (auto& w : workers) w.join();

  const double start = compute_cost(X, y, 0.0, 0.0);
  auto diverged = [&](const SweepRow& r) { return !std::isfinite(r.final_cost) || r.final_cost > start; };
  double best = std::numeric_limits<double>::infinity();
  for (const auto& r : rows)
    if (!diverged(r)) best = std::min(best, r.final_cost);
  for (auto& r : rows)
    r.label = diverged(r) ? RateLabel::diverges
              : r.final_cost <= (1 + tolerance) * best ? RateLabel::converges : RateLabel::too_slow;
  return rows;
}

}  // namespace exercises
