#include "grading/mistakes.hpp"

#include <cmath>
#include <map>

#include "gdlab/regression.hpp"

namespace gdlab::grading {
namespace {

// One gradient-descent-like loop with every knob a mistake can turn.
struct Loop {
  double sign = 1;           // -1: uphill
  double lr_power = 1;       // 2: the rate applied twice; 0: not at all
  int extra_steps = 0;       // -1 / +1: one step too few / too many
  bool keep_start = true;    // false: the path leaves out x0
  bool only_last = false;    // true: only the last iterate is returned
  enum class Stop { after_step, before_step, ignored, on_new_gradient } stop = Stop::after_step;
  enum class Kind { plain, heavy_ball, ema, nesterov } kind = Kind::plain;
  double beta = 0;
};

Outcome descend(const std::function<Vector(const Vector&)>& grad, const Vector& x0, double lr, int steps,
                const Loop& m, double tol = -1) {
  Outcome o;
  Path path{x0};
  Vector x = x0, v = Vector::Zero(x0.size());
  const double rate = std::pow(lr, m.lr_power);
  const int n = std::max(0, steps + m.extra_steps);
  int taken = 0;
  bool converged = false;
  for (int k = 0; k < n; ++k) {
    Vector g = grad(m.kind == Loop::Kind::nesterov ? Vector(x - lr * m.beta * v) : x);
    if (tol >= 0 && m.stop == Loop::Stop::before_step && g.norm() < tol) {
      converged = true;
      break;
    }
    switch (m.kind) {
      case Loop::Kind::plain: x = x - m.sign * rate * g; break;
      case Loop::Kind::heavy_ball: v = m.beta * v + g, x = x - m.sign * rate * v; break;
      case Loop::Kind::ema: v = m.beta * v + (1 - m.beta) * g, x = x - m.sign * rate * v; break;
      case Loop::Kind::nesterov: v = m.beta * v + g, x = x - m.sign * rate * v; break;
    }
    path.push_back(x);
    taken = k + 1;
    if (tol >= 0 && m.stop == Loop::Stop::after_step && g.norm() < tol) converged = true;
    if (tol >= 0 && m.stop == Loop::Stop::on_new_gradient && grad(x).norm() < tol) converged = true;
    if (converged) break;
  }
  if (m.only_last) path = {path.back()};
  else if (!m.keep_start) path.erase(path.begin());
  o.path = std::move(path);
  if (tol >= 0) {
    o.steps = taken;
    o.converged = converged;
  }
  return o;
}

struct Named {
  const char* id;
  const char* title;
  const char* hint;
  Loop loop;
};

// Mistakes of any loop that walks a path.
std::vector<Named> loop_mistakes() {
  std::vector<Named> m;
  m.push_back({"ascent", "gradient ascent instead of descent",
               "your steps go uphill: look at the sign of the update", {}});
  m.back().loop.sign = -1;
  m.push_back({"lr_twice", "the learning rate applied twice",
               "your steps are lr times too short: count how often lr multiplies the gradient", {}});
  m.back().loop.lr_power = 2;
  m.push_back({"no_lr", "the learning rate left out",
               "your steps are a whole gradient long: where does lr enter the update?", {}});
  m.back().loop.lr_power = 0;
  m.push_back({"one_step_too_few", "one step too few",
               "your path stops one step early: check the loop's bounds", {}});
  m.back().loop.extra_steps = -1;
  m.push_back({"one_step_too_many", "one step too many",
               "your path goes one step too far: check the loop's bounds", {}});
  m.back().loop.extra_steps = 1;
  m.push_back({"only_last", "only the last iterate returned",
               "return the whole path, every iterate from the start, not just where it ends", {}});
  m.back().loop.only_last = true;
  m.push_back({"no_start", "the path leaves out the start",
               "the path begins with the starting point itself, before any step", {}});
  m.back().loop.keep_start = false;
  return m;
}

std::vector<Mistake> on_objective(const std::string& entry) {
  std::vector<Named> list = loop_mistakes();
  if (entry == "momentum") {
    for (auto& n : list) n.loop.kind = Loop::Kind::heavy_ball;
    list.push_back({"momentum_ema", "momentum in the EMA form, v = beta v + (1 - beta) g",
                     "the course's heavy ball adds the whole gradient to v: v <- beta v + g", {}});
    list.back().loop.kind = Loop::Kind::ema;
    list.push_back({"nesterov", "Nesterov's look-ahead instead of the heavy ball",
                     "take the gradient where you are, not where the velocity would carry you", {}});
    list.back().loop.kind = Loop::Kind::nesterov;
    list.push_back({"no_momentum", "plain gradient descent, no momentum",
                     "your path ignores the velocity: keep v between steps and step along it", {}});
    list.back().loop.kind = Loop::Kind::plain;
  }
  if (entry == "gd_2d_until") {
    list.push_back({"stop_before_step", "the tolerance tested before the step",
                     "§10 takes the step first and then stops if |g| < tol: yours stops a step early", {}});
    list.back().loop.stop = Loop::Stop::before_step;
    list.push_back({"early_stop_ignored", "the early stop ignored",
                     "your loop runs the whole budget: stop once |g| < tol", {}});
    list.back().loop.stop = Loop::Stop::ignored;
    list.push_back({"stop_on_new_gradient", "the tolerance tested on the new point's gradient",
                     "§10 tests the gradient it just used for the step, not a fresh one", {}});
    list.back().loop.stop = Loop::Stop::on_new_gradient;
  }
  std::vector<Mistake> out;
  for (const auto& n : list) {
    const Loop loop = n.loop;
    out.push_back({n.id, n.title, n.hint, [entry, loop](const Inputs& in) {
                     Loop m = loop;
                     const auto f = named(in).objective;
                     if (entry == "momentum") m.beta = num(in, "beta");
                     const bool until = entry == "gd_2d_until";
                     return descend(f.gradient, vec(in, "x0"), num(in, "lr"),
                                    whole(in, until ? "max_steps" : "steps"), m, until ? num(in, "tol") : -1);
                   }});
  }
  return out;
}

// Problem 5: the loss and gradient by a wrong factor, and the loop with such a gradient.
std::vector<Mistake> linreg(const std::string& entry) {
  struct Factor {
    const char* id;
    const char* title;
    const char* hint;
    double (*scale)(double n);
  };
  const std::vector<Factor> loss = {
      {"missing_1_over_n", "a sum instead of a mean", "the MSE is a mean: divide by n",
       [](double n) { return n; }},
      {"half_mean", "the 1/(2n) cost instead of the 1/n mean",
       "Problem 5's MSE divides by n, not 2n", [](double) { return 0.5; }}};
  const std::vector<Factor> gradient = {
      {"missing_1_over_n", "the gradient without 1/n", "the gradient of a mean keeps the 1/n",
       [](double n) { return n; }},
      {"missing_factor_2", "the gradient without its factor 2",
       "differentiate the square: (r^2)' = 2 r r'", [](double) { return 0.5; }},
      {"doubled_factor_2", "the factor 2 applied twice", "count the 2s in your gradient",
       [](double) { return 2.0; }},
      {"gradient_sign", "the gradient with the wrong sign",
       "r = X beta - y, and the gradient points along X^T r", [](double) { return -1.0; }},
      {"integer_division", "2/n computed with integers, which makes it 0",
       "2 / n with two ints is 0 for n > 2: make one of them a double", [](double) { return 0.0; }}};
  std::vector<Mistake> out;
  auto problem = [](const Inputs& in) {
    const Dataset d = data(in);
    return LinearRegression(d.X, d.y, false, MseScale::mean);
  };
  if (entry == "mse_loss") {
    for (const auto& f : loss)
      out.push_back({f.id, f.title, f.hint, [f, problem](const Inputs& in) {
                       const auto p = problem(in);
                       Outcome o;
                       o.value = p.loss(vec(in, "beta")) * f.scale(static_cast<double>(p.X().rows()));
                       return o;
                     }});
    out.push_back({"rmse", "the root of the mean squared error", "the MSE is not square-rooted",
                   [problem](const Inputs& in) {
                     Outcome o;
                     o.value = std::sqrt(problem(in).loss(vec(in, "beta")));
                     return o;
                   }});
  }
  if (entry == "mse_gradient")
    for (const auto& f : gradient)
      out.push_back({f.id, f.title, f.hint, [f, problem](const Inputs& in) {
                       const auto p = problem(in);
                       Outcome o;
                       o.gradient = p.gradient(vec(in, "beta")) * f.scale(static_cast<double>(p.X().rows()));
                       return o;
                     }});
  if (entry == "linreg_gd") {
    for (const auto& f : gradient)
      out.push_back({f.id, std::string(f.title) + " (in the loop)", f.hint, [f, problem](const Inputs& in) {
                       const auto p = problem(in);
                       const double s = f.scale(static_cast<double>(p.X().rows()));
                       return descend([&](const Vector& b) { return Vector(s * p.gradient(b)); },
                                      Vector::Zero(p.X().cols()), num(in, "lr"), whole(in, "steps"), Loop{});
                     }});
    for (const auto& n : loop_mistakes())
      out.push_back({n.id, n.title, n.hint, [n, problem](const Inputs& in) {
                       const auto p = problem(in);
                       return descend([&](const Vector& b) { return p.gradient(b); }, Vector::Zero(p.X().cols()),
                                      num(in, "lr"), whole(in, "steps"), n.loop);
                     }});
  }
  return out;
}

// "Rolling Downhill": compute_cost, compute_gradients and train.
std::vector<Mistake> rolling(const std::string& entry) {
  auto half = [](const Inputs& in) {
    const Dataset d = data(in);
    return LinearRegression(d.X, d.y, true, MseScale::half_mean);
  };
  auto wb = [](const Inputs& in, const char* w, const char* b) { return Vector{{num(in, w), num(in, b)}}; };
  std::vector<Mistake> out;
  if (entry == "compute_cost") {
    out.push_back({"half_mean", "the 1/(2N) cost instead of the plain mean",
                   "compute_cost is the plain mean of the squared errors", [=](const Inputs& in) {
                     Outcome o;
                     o.value = half(in).loss(wb(in, "w", "b"));
                     return o;
                   }});
    out.push_back({"missing_1_over_n", "a sum instead of a mean", "divide by the number of points",
                   [=](const Inputs& in) {
                     const auto h = half(in);
                     Outcome o;
                     o.value = 2 * h.loss(wb(in, "w", "b")) * static_cast<double>(h.X().rows());
                     return o;
                   }});
  }
  if (entry == "compute_gradients") {
    const std::vector<std::tuple<const char*, const char*, const char*, double>> factors = {
        {"plain_mean_gradient", "the gradient of the plain mean (a factor 2 too many)",
         "the text's gradients are those of the 1/(2N) cost: no factor 2", 2.0},
        {"gradient_sign", "the gradients with the wrong sign", "the error is prediction - y", -1.0}};
    for (const auto& [id, title, hint, s] : factors)
      out.push_back({id, title, hint, [=](const Inputs& in) {
                       Outcome o;
                       o.gradient = s * half(in).gradient(wb(in, "w", "b"));
                       return o;
                     }});
  }
  if (entry == "train") {
    struct Train {
      const char* id;
      const char* title;
      const char* hint;
      double grad_scale = 1, sign = 1, lr_power = 1;
      bool sequential = false, bias_without_lr = false, half_history = false, history_before = false;
      int extra = 0;
    };
    const std::vector<Train> variants = {
        {"sequential_update", "w updated before b's gradient is computed",
         "compute both gradients first, then update w and b together", 1, 1, 1, true},
        {"bias_without_lr", "the learning rate not applied to the bias",
         "b moves by lr times its gradient, like w", 1, 1, 1, false, true},
        {"plain_mean_gradient", "the gradient of the 1/N cost used in the loop",
         "the loop's gradients are those of the 1/(2N) cost", 2},
        {"half_cost_history", "the 1/(2N) cost recorded in the history",
         "the history records compute_cost, the plain mean", 1, 1, 1, false, false, true},
        {"history_before_step", "the cost recorded before each step instead of after",
         "record the cost after the update", 1, 1, 1, false, false, false, true},
        {"ascent", "gradient ascent instead of descent", "your steps go uphill: look at the sign of the update",
         1, -1},
        {"lr_twice", "the learning rate applied twice", "count how often lr multiplies the gradient", 1, 1, 2},
        {"one_step_too_few", "one iteration too few", "check the loop's bounds", 1, 1, 1, false, false, false,
         false, -1},
        {"one_step_too_many", "one iteration too many", "check the loop's bounds", 1, 1, 1, false, false, false,
         false, 1},
    };
    for (const auto& t : variants)
      out.push_back({t.id, t.title, t.hint, [=](const Inputs& in) {
                       const auto h = half(in);
                       const double lr = std::pow(num(in, "lr"), t.lr_power);
                       Vector x = wb(in, "w0", "b0");
                       Outcome o;
                       o.path.push_back(x);
                       const int n = std::max(0, whole(in, "iterations") + t.extra);
                       for (int k = 0; k < n; ++k) {
                         if (t.history_before) o.cost_history.push_back((t.half_history ? 1 : 2) * h.loss(x));
                         const Vector g = t.grad_scale * h.gradient(x);
                         x(0) -= t.sign * lr * g(0);
                         const double gb = t.sequential ? t.grad_scale * h.gradient(x)(1) : g(1);
                         x(1) -= t.sign * (t.bias_without_lr ? 1.0 : lr) * gb;
                         o.path.push_back(x);
                         if (!t.history_before) o.cost_history.push_back((t.half_history ? 1 : 2) * h.loss(x));
                       }
                       return o;
                     }});
  }
  return out;
}

bool close(double a, double b) {
  if (!std::isfinite(a) || !std::isfinite(b)) return std::isnan(a) ? std::isnan(b) : a == b;
  return std::abs(a - b) <= 1e-9 + 1e-6 * std::abs(b);
}

bool close(const Vector& a, const Vector& b) {
  if (a.size() != b.size()) return false;
  for (Index i = 0; i < a.size(); ++i)
    if (!close(a(i), b(i))) return false;
  return true;
}

}  // namespace

bool same_result(const Outcome& a, const Outcome& b) {
  if (a.path.size() != b.path.size() || a.cost_history.size() != b.cost_history.size()) return false;
  for (std::size_t k = 0; k < a.path.size(); ++k)
    if (!close(a.path[k], b.path[k])) return false;
  for (std::size_t k = 0; k < a.cost_history.size(); ++k)
    if (!close(a.cost_history[k], b.cost_history[k])) return false;
  if (a.value.has_value() != b.value.has_value() || (a.value && !close(*a.value, *b.value))) return false;
  if (a.gradient.has_value() != b.gradient.has_value() || (a.gradient && !close(*a.gradient, *b.gradient)))
    return false;
  if (a.steps && b.steps && *a.steps != *b.steps) return false;
  return true;
}

const std::vector<Mistake>& mistakes_for(const std::string& entry) {
  static const std::map<std::string, std::vector<Mistake>> all = [] {
    std::map<std::string, std::vector<Mistake>> m;
    for (const char* e : {"gd_1d", "gd_2d", "gd_2d_until", "momentum"}) m[e] = on_objective(e);
    for (const char* e : {"mse_loss", "mse_gradient", "linreg_gd"}) m[e] = linreg(e);
    for (const char* e : {"compute_cost", "compute_gradients", "train"}) m[e] = rolling(e);
    return m;
  }();
  static const std::vector<Mistake> none;
  const auto it = all.find(entry);
  return it == all.end() ? none : it->second;
}

std::vector<Diagnosis> diagnose(const std::string& entry, const Inputs& inputs, const Outcome& student) {
  std::vector<Diagnosis> found;
  for (const auto& m : mistakes_for(entry)) {
    try {
      if (same_result(student, m.run(inputs))) found.push_back({m.id, m.title, m.hint});
    } catch (const std::exception&) {
      // A variant that cannot run on these inputs names nothing.
    }
  }
  return found;
}

}  // namespace gdlab::grading
