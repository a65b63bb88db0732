// The named mistakes of the loops on an objective (plain, with a tolerance, with momentum) and of
// Problem 5's regression (its loss, its gradient, its loop): one loop with every knob a mistake
// can turn. The problems that use them choose their shape (grader/problems/*/problem.cpp).
#include <cmath>

#include "gdlab/regression.hpp"
#include "grading/mistake_families.hpp"

namespace gdlab::grading {
namespace {

using Gradient = std::function<Vector(const Vector&)>;

struct Loop {
  double sign = 1;         // -1: uphill
  double lr_power = 1;     // 2: the rate applied twice; 0: not at all
  int extra_steps = 0;     // -1 / +1: one step too few / too many
  bool keep_start = true;  // false: the path leaves out x0
  bool only_last = false;  // true: only the last iterate is returned
  enum class Stop { after_step, before_step, ignored, on_new_gradient } stop = Stop::after_step;
  enum class Kind { plain, heavy_ball, ema, nesterov } kind = Kind::plain;
  double beta = 0;
  double stop_below = 0;       // > 0: stops before a step whose gradient is smaller (no tolerance belongs)
  bool one_at_a_time = false;  // each coordinate stepped with the gradient where the others already moved
};

Vector update(const Loop& m, const Gradient& grad, Vector x, const Vector& g, Vector& v, double rate) {
  switch (m.kind) {
    case Loop::Kind::plain:
      if (!m.one_at_a_time) return x - m.sign * rate * g;
      for (Index i = 0; i < x.size(); ++i) x(i) -= m.sign * rate * grad(x)(i);
      return x;
    case Loop::Kind::heavy_ball: v = m.beta * v + g; break;
    case Loop::Kind::ema: v = m.beta * v + (1 - m.beta) * g; break;
    case Loop::Kind::nesterov: v = m.beta * v + g; break;
  }
  return x - m.sign * rate * v;
}

// The loop as `m` writes it, from x0: its path, and with a tolerance (tol >= 0) its steps and
// whether it converged. (commands/demo.cpp's descend() runs the reference optimisers instead.)
Outcome run_loop(const Gradient& grad, const Vector& x0, double lr, int steps, const Loop& m, double tol = -1) {
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
    if (g.norm() < m.stop_below) break;
    x = update(m, grad, x, g, v, rate);
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

// What the harness sends as the student's own gradient: at every iterate but the last.
std::vector<Vector> along(const Gradient& grad, const Path& path) {
  std::vector<Vector> out;
  for (std::size_t k = 0; k + 1 < path.size(); ++k) out.push_back(grad(path[k]));
  return out;
}

struct Named {
  const char* id;
  const char* title;
  const char* hint;
  Loop loop;
};

// Mistakes of any loop that walks a path.
std::vector<Named> loop_mistakes() {
  return {
      {"ascent",
       "gradient ascent instead of descent",
       "your steps go uphill: look at the sign of the update",
       {.sign = -1}},
      {"lr_twice",
       "the learning rate applied twice",
       "your steps are lr times too short: count how often lr multiplies the gradient",
       {.lr_power = 2}},
      {"no_lr",
       "the learning rate left out",
       "your steps are a whole gradient long: where does lr enter the update?",
       {.lr_power = 0}},
      {"one_step_too_few",
       "one step too few",
       "your path stops one step early: check the loop's bounds",
       {.extra_steps = -1}},
      {"one_step_too_many",
       "one step too many",
       "your path goes one step too far: check the loop's bounds",
       {.extra_steps = 1}},
      {"only_last",
       "only the last iterate returned",
       "return the whole path, every iterate from the start, not just where it ends",
       {.only_last = true}},
      {"no_start",
       "the path leaves out the start",
       "the path begins with the starting point itself, before any step",
       {.keep_start = false}},
  };
}

const Named one_at_a_time = {"sequential_coordinates",
                             "coordinates updated one after the other, each with the gradient at the point "
                             "already moved",
                             "compute the whole gradient at theta first, then move every coordinate with it",
                             {.one_at_a_time = true}};

// The loop of an objective entry, with its mistake, on a test's inputs.
Outcome on_objective(const DescentShape& shape, Loop m, const Inputs& in) {
  const auto f = named(in).objective;
  if (shape.momentum) m.beta = num(in, "beta");
  const bool until = shape.until;
  return run_loop(f.gradient, vec(in, "x0"), num(in, "lr"), whole(in, until ? "max_steps" : "steps"), m,
                  until ? num(in, "tol") : -1);
}

LinearRegression problem5(const Inputs& in) {
  const Dataset d = data(in);
  return LinearRegression(d.X, d.y, false, MseScale::mean);
}

// linreg_gd with its mistake, the gradient scaled by `scale` (the student's own, in the loop).
Outcome linreg_loop(const Inputs& in, const Loop& m, double scale = 1) {
  const auto p = problem5(in);
  const Gradient grad = [&](const Vector& b) { return Vector(scale * p.gradient(b)); };
  Outcome o = run_loop(grad, Vector::Zero(p.X().cols()), num(in, "lr"), whole(in, "steps"), m);
  o.own_gradients = along(grad, o.path);
  return o;
}

}  // namespace

std::vector<Mistake> descent_mistakes(const DescentShape& entry) {
  std::vector<Named> list = loop_mistakes();
  Loop right;
  if (entry.momentum) {
    for (auto& n : list) n.loop.kind = Loop::Kind::heavy_ball;
    right.kind = Loop::Kind::heavy_ball;
    list.push_back({"momentum_ema",
                    "momentum in the EMA form, v = beta v + (1 - beta) g",
                    "the course's heavy ball adds the whole gradient to v: v <- beta v + g",
                    {.kind = Loop::Kind::ema}});
    list.push_back({"nesterov",
                    "Nesterov's look-ahead instead of the heavy ball",
                    "take the gradient where you are, not where the velocity would carry you",
                    {.kind = Loop::Kind::nesterov}});
    list.push_back({"no_momentum",
                    "plain gradient descent, no momentum",
                    "your path ignores the velocity: keep v between steps and step along it",
                    {}});
  }
  if (entry.coordinates) list.push_back(one_at_a_time);
  if (entry.until) {
    list.push_back({"stop_before_step",
                    "the tolerance tested before the step",
                    "§10 takes the step first and then stops if |g| < tol: yours stops a step early",
                    {.stop = Loop::Stop::before_step}});
    list.push_back({"early_stop_ignored",
                    "the early stop ignored",
                    "your loop runs the whole budget: stop once |g| < tol",
                    {.stop = Loop::Stop::ignored}});
    list.push_back({"stop_on_new_gradient",
                    "the tolerance tested on the new point's gradient",
                    "§10 tests the gradient it just used for the step, not a fresh one",
                    {.stop = Loop::Stop::on_new_gradient}});
  }
  std::vector<Mistake> out;
  for (const auto& n : list)
    out.push_back(
        {n.id, n.title, n.hint, [entry, loop = n.loop](const Inputs& in) { return on_objective(entry, loop, in); }});
  if (!entry.until) {  // a loop without a tolerance takes every step
    Loop early = right;
    early.stop_below = early_stop_threshold;
    out.push_back(stops_early(
        "steps", [entry, early](const Inputs& in) { return on_objective(entry, early, in); },
        [entry, right](const Inputs& in, const Outcome& student) {
          return cut_short_where_gradient_small(student, on_objective(entry, right, in), named(in).objective.gradient);
        }));
  }
  return out;
}

// Problem 5: the loss and gradient by a wrong factor, and the loop with such a gradient.
std::vector<Mistake> regression_mistakes(RegressionPart entry) {
  struct Factor {
    const char* id;
    const char* title;
    const char* hint;
    double (*scale)(double n);
  };
  const std::vector<Factor> loss = {
      {"missing_1_over_n", "a sum instead of a mean", "the MSE is a mean: divide by n", [](double n) { return n; }},
      {"half_mean", "the 1/(2n) cost instead of the 1/n mean", "Problem 5's MSE divides by n, not 2n",
       [](double) { return 0.5; }}};
  const std::vector<Factor> gradient = {
      {"missing_1_over_n", "the gradient without 1/n", "the gradient of a mean keeps the 1/n",
       [](double n) { return n; }},
      {"missing_factor_2", "the gradient without its factor 2", "differentiate the square: (r^2)' = 2 r r'",
       [](double) { return 0.5; }},
      {"doubled_factor_2", "the factor 2 applied twice", "count the 2s in your gradient", [](double) { return 2.0; }},
      {"gradient_sign", "the gradient with the wrong sign", "r = X beta - y, and the gradient points along X^T r",
       [](double) { return -1.0; }},
      {"integer_division", "2/n computed with integers, which makes it 0",
       "2 / n with two ints is 0 for n > 2: make one of them a double", [](double) { return 0.0; }}};
  const auto rows = [](const Inputs& in) { return static_cast<double>(problem5(in).X().rows()); };
  std::vector<Mistake> out;
  if (entry == RegressionPart::loss) {
    for (const auto& f : loss)
      out.push_back({f.id, f.title, f.hint, [f, rows](const Inputs& in) {
                       Outcome o;
                       o.value = problem5(in).loss(vec(in, "beta")) * f.scale(rows(in));
                       return o;
                     }});
    out.push_back({"rmse", "the root of the mean squared error", "the MSE is not square-rooted", [](const Inputs& in) {
                     Outcome o;
                     o.value = std::sqrt(problem5(in).loss(vec(in, "beta")));
                     return o;
                   }});
  }
  if (entry == RegressionPart::gradient)
    for (const auto& f : gradient)
      out.push_back({f.id, f.title, f.hint, [f, rows](const Inputs& in) {
                       Outcome o;
                       o.gradient = problem5(in).gradient(vec(in, "beta")) * f.scale(rows(in));
                       return o;
                     }});
  if (entry != RegressionPart::loop) return out;
  for (const auto& f : gradient)
    out.push_back({f.id, std::string(f.title) + " (in the loop)", f.hint,
                   [f, rows](const Inputs& in) { return linreg_loop(in, {}, f.scale(rows(in))); }});
  std::vector<Named> loops = loop_mistakes();
  loops.push_back(one_at_a_time);
  for (const auto& n : loops)
    out.push_back({n.id, n.title, n.hint, [loop = n.loop](const Inputs& in) { return linreg_loop(in, loop); }});
  out.push_back(stops_early(
      "steps", [](const Inputs& in) { return linreg_loop(in, {.stop_below = early_stop_threshold}); },
      [](const Inputs& in, const Outcome& student) {
        const auto p = problem5(in);
        return cut_short_where_gradient_small(student, linreg_loop(in, {}),
                                              [&](const Vector& b) { return p.gradient(b); });
      }));
  return out;
}

}  // namespace gdlab::grading
