#include "wb_regression.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace exercises {

double compute_cost(const gdlab::Vector& X, const gdlab::Vector& y, double w, double b) {
  const auto N = X.size();
  double sum = 0.0;
  for (gdlab::Index i = 0; i < N; ++i) {
    double e = w * X[i] + b - y[i];
    sum += e * e;
  }
  return sum / (2 * N);
}

Gradients compute_gradients(const gdlab::Vector& X, const gdlab::Vector& y, double w, double b) {
  const auto N = X.size();
  double sw = 0.0, sb = 0.0;
  for (gdlab::Index i = 0; i < N; ++i) {
    double e = w * X[i] + b - y[i];
    sw += e * X[i];
    sb += e;
  }
  return Gradients{sw / N, sb / N};
}

Training train(const gdlab::Vector& X, const gdlab::Vector& y, double w0, double b0, double lr,
               int iterations) {
  Training out;
  out.w = {w0};
  out.b = {b0};
  double w = w0, b = b0;
  for (int it = 0; it < iterations; ++it) {
    const Gradients g = compute_gradients(X, y, w, b);
    w = w - lr * g.dJ_dw;
    b = b - lr * g.dJ_db;
    out.w.push_back(w);
    out.b.push_back(b);
    out.cost_history.push_back(compute_cost(X, y, w, b));
  }
  return out;
}

std::vector<SweepRow> sweep(const gdlab::Vector& X, const gdlab::Vector& y,
                            const std::vector<double>& rates, int iterations, double tolerance) {
  std::vector<SweepRow> rows;
  const double cost0 = compute_cost(X, y, 0, 0);
  for (double lr : rates) {
    Training t = train(X, y, 0, 0, lr, iterations);
    SweepRow r;
    r.lr = lr;
    r.w = t.w.back();
    r.b = t.b.back();
    r.final_cost = compute_cost(X, y, r.w, r.b);
    r.label = (!std::isfinite(r.final_cost) || r.final_cost > cost0) ? RateLabel::diverges
                                                                      : RateLabel::too_slow;
    rows.push_back(r);
  }
  double best = std::numeric_limits<double>::infinity();
  for (const auto& r : rows)
    if (r.label != RateLabel::diverges) best = std::min(best, r.final_cost);
  for (auto& r : rows)
    if (r.label != RateLabel::diverges && r.final_cost <= (1 + tolerance) * best)
      r.label = RateLabel::converges;
  return rows;
}

}  // namespace exercises
