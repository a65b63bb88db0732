// The named mistakes of "Rolling Downhill" (problem wb_regression): compute_cost,
// compute_gradients, train and sweep.
#include <cmath>
#include <tuple>

#include "gdlab/regression.hpp"
#include "grading/mistake_families.hpp"

namespace gdlab::problems {
using namespace grading;
namespace {

LinearRegression half(const Inputs& in) {
  const Dataset d = data(in);
  return LinearRegression(d.X, d.y, true, MseScale::half_mean);
}

Vector wb(const Inputs& in, const char* w, const char* b) { return Vector{{num(in, w), num(in, b)}}; }

// train's loop with every knob a mistake can turn.
struct TrainLoop {
  double grad_scale = 1, sign = 1, lr_power = 1;
  bool sequential = false;  // b's gradient taken after w moved
  bool bias_without_lr = false;
  bool half_history = false;    // the 1/(2N) cost recorded
  bool history_before = false;  // the cost recorded before the step
  int extra = 0;                // iterations too many (+) or too few (-)
  double stop_below = 0;        // > 0: stops before a step whose gradient is smaller
};

Outcome train(const Inputs& in, const TrainLoop& t, const Vector& start, double lr, int iterations) {
  const auto h = half(in);
  const double rate = std::pow(lr, t.lr_power);
  const auto gradient = [&](const Vector& x) { return Vector(t.grad_scale * h.gradient(x)); };
  Vector x = start;
  Outcome o;
  o.path.push_back(x);
  for (int k = 0; k < std::max(0, iterations + t.extra); ++k) {
    const Vector g = gradient(x);
    if (g.norm() < t.stop_below) break;
    if (t.history_before) o.cost_history.push_back((t.half_history ? 1 : 2) * h.loss(x));
    o.own_gradients.push_back(g);
    x(0) -= t.sign * rate * g(0);
    x(1) -= t.sign * (t.bias_without_lr ? 1.0 : rate) * (t.sequential ? gradient(x)(1) : g(1));
    o.path.push_back(x);
    if (!t.history_before) o.cost_history.push_back((t.half_history ? 1 : 2) * h.loss(x));
  }
  o.w_size = o.b_size = o.path.size();
  return o;
}

Outcome train(const Inputs& in, const TrainLoop& t) {
  return train(in, t, wb(in, "w0", "b0"), num(in, "lr"), whole(in, "iterations"));
}

// The sweep with its mistake: each rate from (0, 0) or (carry) from where the previous one
// ended; train's loop and compute_cost (scaled by cost_scale) as the student wrote them.
Outcome sweep(const Inputs& in, bool carry, const TrainLoop& loop = {}, double cost_scale = 1) {
  const auto* rates = std::get_if<std::vector<double>>(&input(in, "rates"));
  if (!rates) throw std::invalid_argument("input 'rates' must be a list of numbers");
  const auto h = half(in);
  const auto cost = [&](const Vector& x) { return cost_scale * 2 * h.loss(x); };
  const double start_cost = cost(Vector::Zero(2)), tolerance = num(in, "tolerance");
  Vector from = Vector::Zero(2);
  Outcome o;
  double best = INFINITY;
  for (double lr : *rates) {
    const Vector end = train(in, loop, carry ? from : Vector::Zero(2), lr, whole(in, "iterations")).path.back();
    const double final_cost = cost(end);
    const bool diverged = !std::isfinite(final_cost) || final_cost > start_cost;
    o.rows.push_back(
        {.lr = lr, .w = end(0), .b = end(1), .final_cost = final_cost, .label = diverged ? "diverges" : "too_slow"});
    if (!diverged) best = std::min(best, final_cost);
    from = end;
  }
  for (auto& r : o.rows)
    if (r.label != "diverges" && r.final_cost <= (1 + tolerance) * best) r.label = "converges";
  return o;
}

std::vector<Mistake> cost_mistakes() {
  return {
      {"half_mean", "the 1/(2N) cost instead of the plain mean", "compute_cost is the plain mean of the squared errors",
       [](const Inputs& in) {
         Outcome o;
         o.value = half(in).loss(wb(in, "w", "b"));
         return o;
       }},
      {"missing_1_over_n", "a sum instead of a mean", "divide by the number of points", [](const Inputs& in) {
         const auto h = half(in);
         Outcome o;
         o.value = 2 * h.loss(wb(in, "w", "b")) * static_cast<double>(h.X().rows());
         return o;
       }}};
}

std::vector<Mistake> gradient_mistakes() {
  const std::vector<std::tuple<const char*, const char*, const char*, double>> factors = {
      {"plain_mean_gradient", "the gradient of the plain mean (a factor 2 too many)",
       "the text's gradients are those of the 1/(2N) cost: no factor 2", 2.0},
      {"gradient_sign", "the gradients with the wrong sign", "the error is prediction - y", -1.0}};
  std::vector<Mistake> out;
  for (const auto& [id, title, hint, s] : factors)
    // An init-capture: clang before 16 (the fuzz preset's clang 14) cannot capture a structured binding.
    out.push_back({id, title, hint, [factor = s](const Inputs& in) {
                     Outcome o;
                     o.gradient = factor * half(in).gradient(wb(in, "w", "b"));
                     return o;
                   }});
  return out;
}

struct NamedTrain {
  const char* id;
  const char* title;
  const char* hint;
  TrainLoop loop;
  bool moves_the_path = true;  // false: only the cost history is wrong
};

const std::vector<NamedTrain>& train_variants() {
  static const std::vector<NamedTrain> variants = {
      {"sequential_update",
       "w updated before b's gradient is computed",
       "compute both gradients first, then update w and b together",
       {.sequential = true}},
      {"bias_without_lr",
       "the learning rate not applied to the bias",
       "b moves by lr times its gradient, like w",
       {.bias_without_lr = true}},
      {"plain_mean_gradient",
       "the gradient of the 1/N cost used in the loop",
       "the loop's gradients are those of the 1/(2N) cost",
       {.grad_scale = 2}},
      {"half_cost_history",
       "the 1/(2N) cost recorded in the history",
       "the history records compute_cost, the plain mean",
       {.half_history = true},
       false},
      {"history_before_step",
       "the cost recorded before each step instead of after",
       "record the cost after the update",
       {.history_before = true},
       false},
      {"ascent",
       "gradient ascent instead of descent",
       "your steps go uphill: look at the sign of the update",
       {.sign = -1}},
      {"lr_twice", "the learning rate applied twice", "count how often lr multiplies the gradient", {.lr_power = 2}},
      {"one_step_too_few", "one iteration too few", "check the loop's bounds", {.extra = -1}},
      {"one_step_too_many", "one iteration too many", "check the loop's bounds", {.extra = 1}},
  };
  return variants;
}

std::vector<Mistake> train_mistakes() {
  std::vector<Mistake> out;
  for (const auto& t : train_variants())
    out.push_back({t.id, t.title, t.hint, [loop = t.loop](const Inputs& in) { return train(in, loop); }});
  out.push_back(stops_early(
      "iterations", [](const Inputs& in) { return train(in, {.stop_below = early_stop_threshold}); },
      [](const Inputs& in, const Outcome& student) {
        const auto h = half(in);
        return cut_short_where_gradient_small(student, train(in, {}), [&](const Vector& x) { return h.gradient(x); });
      }));
  return out;
}

// The sweep trains at each rate and costs where it ended: train's and compute_cost's mistakes
// show in its rows too, under their own names.
std::vector<Mistake> sweep_mistakes() {
  std::vector<Mistake> out = {{"sweep_carries_state", "each rate starts where the previous one ended",
                               "train every rate from (0, 0): start w and b afresh for each rate",
                               [](const Inputs& in) { return sweep(in, true); }}};
  for (const auto& t : train_variants())
    if (t.moves_the_path)
      out.push_back({t.id, std::string(t.title) + " (in the sweep's training)", t.hint,
                     [loop = t.loop](const Inputs& in) { return sweep(in, false, loop); }});
  out.push_back({"half_mean", "the 1/(2N) cost instead of the plain mean (in the sweep's final_cost)",
                 "compute_cost is the plain mean of the squared errors",
                 [](const Inputs& in) { return sweep(in, false, {}, 0.5); }});
  out.push_back({"missing_1_over_n", "a sum instead of a mean (in the sweep's final_cost)",
                 "divide by the number of points",
                 [](const Inputs& in) { return sweep(in, false, {}, static_cast<double>(half(in).X().rows())); }});
  return out;
}

}  // namespace

// By entry: problem.cpp gives each its own.
std::vector<Mistake> wb_regression_mistakes(const std::string& entry) {
  if (entry == "compute_cost") return cost_mistakes();
  if (entry == "compute_gradients") return gradient_mistakes();
  if (entry == "train") return train_mistakes();
  if (entry == "sweep") return sweep_mistakes();
  return {};
}

}  // namespace gdlab::problems
