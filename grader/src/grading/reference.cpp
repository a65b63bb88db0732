#include "grading/reference.hpp"

#include <cmath>
#include <nlohmann/json.hpp>
#include <stdexcept>

#include "catalog/objectives.hpp"
#include "grading/inputs.hpp"
#include "gdlab/optim.hpp"

namespace gdlab::grading {
namespace {

// A run of the reference that keeps going after divergence, like a plain loop would, so the
// two paths have the same length. Only a loop with a tolerance returns its steps and status.
Outcome descend(const Objective& f, const Vector& x0, optim::UpdateRule&& rule, double lr, int steps,
                double tol = 0) {
  const auto r = optim::minimize(f, x0, rule, optim::constant(lr),
                                 {.max_steps = steps, .grad_tol = tol, .stop_when_diverged = false});
  Outcome o;
  o.path = r.trace.iterates;
  if (tol > 0) {
    o.steps = r.steps;
    o.converged = r.status == optim::Status::converged;
  }
  return o;
}

std::optional<Vector> first_minimum(const Objective& f) {
  if (f.minima.empty()) return std::nullopt;
  return f.minima.front();
}

// The gradient at each iterate but the last, as the harness sends the student's own: the
// reference's loop passes the loop check like any other.
std::vector<Vector> own_gradients(const Objective& f, const Path& path) {
  std::vector<Vector> out;
  for (std::size_t k = 0; k + 1 < path.size(); ++k) out.push_back(f.gradient(path[k]));
  return out;
}

// "Rolling Downhill": the training loop and the sweep's labels, by the rule in the header.
Outcome train(const LinearRegression& half, const Vector& start, double lr, int iterations) {
  Outcome o = descend(half.objective(), start, optim::GradientDescent{}, lr, iterations);
  for (std::size_t k = 1; k < o.path.size(); ++k) o.cost_history.push_back(2 * half.loss(o.path[k]));
  o.own_gradients = own_gradients(half.objective(), o.path);
  o.w_size = o.b_size = o.path.size();
  return o;
}

std::vector<SweepRow> sweep(const LinearRegression& half, const std::vector<double>& rates, int iterations,
                            double tolerance) {
  const double start = 2 * half.loss(Vector::Zero(2));
  std::vector<SweepRow> rows;
  double best = INFINITY;
  for (double lr : rates) {
    const Outcome o = train(half, Vector::Zero(2), lr, iterations);
    const double cost = 2 * half.loss(o.path.back());
    const bool diverged = !std::isfinite(cost) || cost > start;
    rows.push_back({lr, o.path.back()(0), o.path.back()(1), cost, diverged ? "diverges" : "too_slow"});
    if (!diverged) best = std::min(best, cost);
  }
  for (auto& r : rows)
    if (r.label != "diverges" && r.final_cost <= (1 + tolerance) * best) r.label = "converges";
  return rows;
}

}  // namespace

Expected reference(const std::string& entry, const Inputs& in) {
  Expected e;
  if (entry == "gd_1d" || entry == "gd_2d" || entry == "gd_2d_until" || entry == "momentum") {
    const auto target = named(in);
    e.loss = target.objective;
    e.optimum = first_minimum(target.objective);
    const Vector x0 = vec(in, "x0");
    if (entry == "momentum")
      e.outcome = descend(target.objective, x0, optim::Momentum({.beta = num(in, "beta")}), num(in, "lr"),
                          whole(in, "steps"));
    else if (entry == "gd_2d_until")
      e.outcome = descend(target.objective, x0, optim::GradientDescent{}, num(in, "lr"), whole(in, "max_steps"),
                          num(in, "tol"));
    else
      e.outcome = descend(target.objective, x0, optim::GradientDescent{}, num(in, "lr"), whole(in, "steps"));
    return e;
  }
  const Dataset d = data(in);
  if (entry == "mse_loss" || entry == "mse_gradient" || entry == "linreg_gd") {
    const LinearRegression problem(d.X, d.y, false, MseScale::mean);
    e.loss = problem.objective();
    e.optimum = problem.solve();
    if (entry == "mse_loss") e.outcome.value = problem.loss(vec(in, "beta"));
    if (entry == "mse_gradient") {
      e.outcome.gradient = problem.gradient(vec(in, "beta"));
      e.gradient_of = problem.objective();
      e.at = vec(in, "beta");
    }
    if (entry == "linreg_gd") e.lr = num(in, "lr");
    if (entry == "linreg_gd") {
      e.outcome = descend(problem.objective(), Vector::Zero(d.X.cols()), optim::GradientDescent{}, num(in, "lr"),
                          whole(in, "steps"));
      e.outcome.own_gradients = own_gradients(problem.objective(), e.outcome.path);
    }
    return e;
  }
  const LinearRegression cost(d.X, d.y, true, MseScale::mean), half(d.X, d.y, true, MseScale::half_mean);
  e.loss = cost.objective();  // the text's compute_cost: a plain mean
  e.optimum = cost.solve();
  if (entry == "compute_cost") e.outcome.value = cost.loss(Vector{{num(in, "w"), num(in, "b")}});
  else if (entry == "compute_gradients") {
    e.outcome.gradient = half.gradient(Vector{{num(in, "w"), num(in, "b")}});
    e.gradient_of = half.objective();  // the text's gradients are those of the 1/(2N) cost
    e.at = Vector{{num(in, "w"), num(in, "b")}};
  }
  else if (entry == "train")
    e.lr = num(in, "lr"), e.outcome = train(half, Vector{{num(in, "w0"), num(in, "b0")}}, num(in, "lr"), whole(in, "iterations"));
  else if (entry == "sweep") {
    const auto* rates = std::get_if<std::vector<double>>(&input(in, "rates"));
    if (!rates) throw std::invalid_argument("input 'rates' must be a list of numbers");
    e.outcome.rows = sweep(half, *rates, whole(in, "iterations"), num(in, "tolerance"));
  } else {
    throw std::invalid_argument("unknown entry '" + entry + "'");
  }
  return e;
}

std::string harness_request(const std::string& entry, const Inputs& inputs) {
  nlohmann::json j;
  j["entry"] = entry;
  j["inputs"] = nlohmann::json::object();
  // Not a structured binding: clang 14 cannot capture those in a lambda (C++20, clang 16).
  for (const auto& input : inputs)
    std::visit([&](const auto& v) { j["inputs"][input.first] = v; }, input.second);
  return j.dump();
}

}  // namespace gdlab::grading
