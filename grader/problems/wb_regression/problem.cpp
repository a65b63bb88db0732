// "Rolling Downhill": the (w, b) regression and its learning-rate sweep,
// exercises/wb_regression.cpp.
#include <cmath>

#include "problems/builtin.hpp"
#include "problems/rules.hpp"

namespace gdlab::problems {

std::vector<grading::Mistake> wb_regression_mistakes(const std::string& entry);  // mistakes.cpp

namespace {

using grading::Inputs;
using grading::Outcome;
using grading::SweepRow;

spec::InputRule data() { return named("data", spec::InputKind::dataset, {"rolling"}, "the Rolling Downhill dataset"); }

spec::InputRule rates() {
  spec::InputRule r = list("rates");
  r.positive_items = true;
  return r;
}

// The text's compute_cost is a plain mean; its gradients are those of the 1/(2N) cost.
LinearRegression cost_of(const Inputs& in) {
  const Dataset d = grading::data(in);
  return LinearRegression(d.X, d.y, true, MseScale::mean);
}

LinearRegression half_of(const Inputs& in) {
  const Dataset d = grading::data(in);
  return LinearRegression(d.X, d.y, true, MseScale::half_mean);
}

grading::Expected on_data(const Inputs& in) {
  grading::Expected e;
  const auto cost = cost_of(in);
  e.loss = cost.objective();
  e.optimum = cost.solve();
  return e;
}

Vector wb(const Inputs& in, const char* w, const char* b) { return Vector{{grading::num(in, w), grading::num(in, b)}}; }

// The training loop; its cost history is compute_cost's after each step.
Outcome train(const LinearRegression& half, const Vector& start, double lr, int iterations) {
  Outcome o = grading::reference_descent(half.objective(), start, optim::GradientDescent{}, lr, iterations);
  for (std::size_t k = 1; k < o.path.size(); ++k) o.cost_history.push_back(2 * half.loss(o.path[k]));
  o.own_gradients = grading::gradients_along(half.objective(), o.path);
  o.w_size = o.b_size = o.path.size();
  return o;
}

// The sweep's labels, by the rule in the header: diverges when the final cost is not finite or
// above the start; converges within (1 + tolerance) of the best; else too slow.
std::vector<SweepRow> sweep(const LinearRegression& half, const std::vector<double>& rates, int iterations,
                            double tolerance) {
  const double start = 2 * half.loss(Vector::Zero(2));
  std::vector<SweepRow> rows;
  double best = INFINITY;
  for (double lr : rates) {
    const Outcome o = train(half, Vector::Zero(2), lr, iterations);
    const double cost = 2 * half.loss(o.path.back());
    const bool diverged = !std::isfinite(cost) || cost > start;
    rows.push_back({.lr = lr,
                    .w = o.path.back()(0),
                    .b = o.path.back()(1),
                    .final_cost = cost,
                    .label = diverged ? "diverges" : "too_slow"});
    if (!diverged) best = std::min(best, cost);
  }
  for (auto& r : rows)
    if (r.label != "diverges" && r.final_cost <= (1 + tolerance) * best) r.label = "converges";
  return rows;
}

Entry entry(const std::string& name, std::vector<spec::InputRule> inputs, std::vector<std::string> checks,
            std::function<void(const Inputs&, grading::Expected&)> fill) {
  Entry e;
  e.rule = rule(name, "wb_regression", std::move(inputs), std::move(checks));
  e.reference = [fill](const Inputs& in) {
    auto expected = on_data(in);
    fill(in, expected);
    return expected;
  };
  e.mistakes = [name] { return wb_regression_mistakes(name); };
  return e;
}

}  // namespace

Problem make_wb_regression() {
  using K = spec::InputKind;
  const auto w = scalar("w", K::number), b = scalar("b", K::number);
  return {"wb_regression",
          {entry("compute_cost", {data(), w, b}, {"value"},
                 [](const Inputs& in, grading::Expected& e) { e.outcome.value = cost_of(in).loss(wb(in, "w", "b")); }),
           entry("compute_gradients", {data(), w, b}, {"value", "gradient_fd"},
                 [](const Inputs& in, grading::Expected& e) {
                   const auto half = half_of(in);
                   e.outcome.gradient = half.gradient(wb(in, "w", "b"));
                   e.gradient_of = half.objective();
                   e.at = wb(in, "w", "b");
                 }),
           entry("train",
                 {data(), scalar("w0", K::number), scalar("b0", K::number), scalar("lr", K::positive),
                  scalar("iterations", K::whole)},
                 {"trajectory", "final_loss", "params", "diverges", "monotone", "cost_history", "loop"},
                 [](const Inputs& in, grading::Expected& e) {
                   e.lr = grading::num(in, "lr");
                   e.outcome =
                       train(half_of(in), wb(in, "w0", "b0"), grading::num(in, "lr"), grading::whole(in, "iterations"));
                 }),
           entry("sweep", {data(), rates(), scalar("iterations", K::whole), scalar("tolerance", K::positive)},
                 {"labels", "rows"}, [](const Inputs& in, grading::Expected& e) {
                   const auto* r = std::get_if<std::vector<double>>(&grading::input(in, "rates"));
                   if (!r) throw std::invalid_argument("input 'rates' must be a list of numbers");
                   e.outcome.rows =
                       sweep(half_of(in), *r, grading::whole(in, "iterations"), grading::num(in, "tolerance"));
                 })}};
}

}  // namespace gdlab::problems
