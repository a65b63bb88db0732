#include "grading/checks.hpp"

#include <fmt/format.h>

#include <cmath>
#include <sstream>

#include "spec/check_kinds.hpp"

namespace gdlab::grading {
namespace {

struct Tolerance {
  double atol, rtol;
  bool close(double got, double want) const {
    if (std::isnan(got) || std::isnan(want)) return std::isnan(got) && std::isnan(want);
    if (std::isinf(got) || std::isinf(want)) return got == want;
    return std::abs(got - want) <= atol + rtol * std::abs(want);
  }
  std::string words() const {
    return rtol > 0 ? fmt::format("{:g} + {:g} x |expected|", atol, rtol) : fmt::format("{:g}", atol);
  }
};

Tolerance tolerance(const spec::Check& c, double atol = 1e-9, double rtol = 1e-9) {
  auto get = [&](const char* key, double fallback) {
    const auto it = c.numbers.find(key);
    return it == c.numbers.end() ? fallback : it->second;
  };
  return {get("atol", atol), get("rtol", rtol)};
}

double number_or(const spec::Check& c, const char* key, double fallback) {
  const auto it = c.numbers.find(key);
  return it == c.numbers.end() ? fallback : it->second;
}

std::string show(const Vector& v) {
  if (v.size() == 1) return fmt::format("{:.10g}", v(0));
  std::string s = "(";
  for (Index i = 0; i < v.size(); ++i) s += fmt::format("{}{:.10g}", i ? ", " : "", v(i));
  return s + ")";
}

bool close(const Tolerance& t, const Vector& got, const Vector& want) {
  if (got.size() != want.size()) return false;
  for (Index i = 0; i < got.size(); ++i)
    if (!t.close(got(i), want(i))) return false;
  return true;
}

CheckResult pass(const spec::Check& c, std::string message = "") { return {c.kind, true, std::move(message)}; }
CheckResult fail(const spec::Check& c, std::string message) { return {c.kind, false, std::move(message)}; }

bool finite(const Vector& v) { return v.allFinite(); }

CheckResult trajectory(const spec::Check& c, const Outcome& s, const Expected& e) {
  const auto& got = s.path;
  const auto& want = e.outcome.path;
  if (got.empty()) return fail(c, "your path is empty: return every iterate, starting with the start point");
  // A path given as coordinates pairs w[k] with b[k]: an extra entry in one would go unseen.
  for (const auto& [name, size] : s.coordinate_sizes) {
    const auto& [first, first_size] = s.coordinate_sizes.front();
    if (size != first_size)
      return fail(c, fmt::format("{} has {} entries and {} has {}: keep one of each per iterate, the start included",
                                 first, first_size, name, size));
  }
  if (got.size() != want.size())
    return fail(c, fmt::format("your path has {} points; expected {} (the start plus one point per step)", got.size(),
                               want.size()));
  const Tolerance t = tolerance(c);
  for (std::size_t k = 0; k < want.size(); ++k) {
    if (close(t, got[k], want[k])) continue;
    return fail(c, fmt::format("step {} is the first that differs: expected {}, got {} (tolerance {})", k,
                               show(want[k]), show(got[k]), t.words()));
  }
  return pass(c, fmt::format("all {} points match", want.size()));
}

// The loop alone: each step must be theta - lr * (the student's own gradient there), so a
// wrong gradient costs the gradient's tests and not the loop's too.
CheckResult loop(const spec::Check& c, const Outcome& s, const Expected& e) {
  if (s.path.empty()) return fail(c, "your path is empty: return every iterate, starting with the start point");
  if (!e.lr) return fail(c, "this check needs a learning rate");
  if (s.own_gradients.size() + 1 != s.path.size())
    return fail(c, "your gradient could not be evaluated along your path (is it still a stub, or does it throw?)");
  const Tolerance t = tolerance(c);
  for (std::size_t k = 0; k + 1 < s.path.size(); ++k) {
    if (s.path[k].size() != s.own_gradients[k].size())
      return fail(c, fmt::format("point {} of your path has {} coordinates and your gradient there has {}", k,
                                 s.path[k].size(), s.own_gradients[k].size()));
    const Vector want = s.path[k] - *e.lr * s.own_gradients[k];
    if (close(t, s.path[k + 1], want)) continue;
    return fail(c, fmt::format("step {} of your loop is not theta - lr * (your own gradient): expected {}, got {} "
                               "(tolerance {})",
                               k + 1, show(want), show(s.path[k + 1]), t.words()));
  }
  return pass(c, "your loop steps along your own gradient");
}

// The student's gradient against the slope of the loss itself, by central differences: a
// check that does not lean on the reference's own gradient code.
CheckResult gradient_fd(const spec::Check& c, const Outcome& s, const Expected& e) {
  if (!s.gradient) return fail(c, "no gradient came back");
  if (!e.gradient_of || !e.at) return fail(c, "this check needs a gradient entry (mse_gradient, compute_gradients)");
  Vector slope(e.at->size());
  for (Index i = 0; i < e.at->size(); ++i) {
    const double h = 1e-6 * std::max(1.0, std::abs((*e.at)(i)));
    Vector up = *e.at, down = *e.at;
    up(i) += h;
    down(i) -= h;
    slope(i) = (e.gradient_of->value(up) - e.gradient_of->value(down)) / (2 * h);
  }
  const Tolerance t = tolerance(c, 1e-6, 1e-6);
  if (close(t, *s.gradient, slope)) return pass(c, "your gradient is the slope of the loss");
  return fail(c, fmt::format("your gradient is not the slope of the loss: finite differences give {}, you gave {} "
                             "(tolerance {})",
                             show(slope), show(*s.gradient), t.words()));
}

double loss_at(const Expected& e, const Vector& x) {
  if (!e.loss || x.size() != e.loss->dim || !finite(x)) return NAN;
  return e.loss->value(x);
}

CheckResult final_loss(const spec::Check& c, const Outcome& s, const Expected& e) {
  if (s.path.empty()) return fail(c, "your path is empty, so there is no final point");
  const double want = c.numbers.contains("expected") ? c.numbers.at("expected") : loss_at(e, e.outcome.path.back());
  const double got = loss_at(e, s.path.back());
  const Tolerance t = tolerance(c);
  if (t.close(got, want)) return pass(c);
  return fail(c, fmt::format("final loss: expected {:.10g}, got {:.10g} (tolerance {})", want, got, t.words()));
}

CheckResult params(const spec::Check& c, const Outcome& s, const Expected& e) {
  if (s.path.empty()) return fail(c, "your path is empty, so there are no final parameters");
  const auto against = c.words.contains("against") ? c.words.at("against") : "reference";
  if (against == "optimum" && !e.optimum) return fail(c, "this objective has no known optimum (a spec error)");
  const Vector want = against == "optimum" ? *e.optimum : e.outcome.path.back();
  const Tolerance t = tolerance(c);
  if (close(t, s.path.back(), want)) return pass(c);
  return fail(c, fmt::format("final parameters: expected {}{}, got {} (tolerance {})", show(want),
                             against == "optimum" ? " (the minimum)" : "", show(s.path.back()), t.words()));
}

CheckResult converged(const spec::Check& c, const Outcome& s, const Expected& e) {
  if (s.path.empty() || !e.loss) return fail(c, "your path is empty");
  const double tol = number_or(c, "tol", 1e-6);
  const Vector& last = s.path.back();
  const double g = finite(last) && last.size() == e.loss->dim ? e.loss->gradient(last).norm() : NAN;
  if (g < tol) return pass(c);
  return fail(c, fmt::format("the gradient norm at your last point should be under {:g}; it is {:.3g}", tol, g));
}

CheckResult diverges(const spec::Check& c, const Outcome& s, const Expected& e) {
  const double bound = number_or(c, "bound", 1e6);
  for (const auto& x : s.path) {
    const double l = loss_at(e, x);
    if (!finite(x) || !std::isfinite(l) || l > bound) return pass(c, "diverged, as it should at this rate");
  }
  return fail(c, fmt::format("this learning rate is too large and the loss should blow up past {:g}, "
                             "but your path stays bounded",
                             bound));
}

CheckResult monotone(const spec::Check& c, const Outcome& s, const Expected& e) {
  const double slack = number_or(c, "slack", 0);
  for (std::size_t k = 1; k < s.path.size(); ++k) {
    const double before = loss_at(e, s.path[k - 1]), after = loss_at(e, s.path[k]);
    if (!(after <= before + slack))
      return fail(c, fmt::format("the loss went up at step {}: {:.10g} -> {:.10g}", k, before, after));
  }
  return pass(c);
}

// The contraction factor |x_{k+1} - x*| / |x_k - x*|, step by step, while the gap is large
// enough to measure.
CheckResult rate(const spec::Check& c, const Outcome& s, const Expected& e) {
  if (!e.optimum) return fail(c, "no known optimum to measure a rate against (a spec error)");
  const double expected = number_or(c, "expected", NAN);
  const double atol = number_or(c, "atol", 1e-6);
  int measured = 0;
  for (std::size_t k = 1; k < s.path.size(); ++k) {
    // A point of another dimension (an empty one, say) has no distance to the minimum.
    if (s.path[k - 1].size() != e.optimum->size() || s.path[k].size() != e.optimum->size())
      return fail(c, fmt::format("point {} of your path has {} coordinates; the minimum has {}",
                                 s.path[k - 1].size() != e.optimum->size() ? k - 1 : k,
                                 (s.path[k - 1].size() != e.optimum->size() ? s.path[k - 1] : s.path[k]).size(),
                                 e.optimum->size()));
    const double before = (s.path[k - 1] - *e.optimum).norm(), after = (s.path[k] - *e.optimum).norm();
    if (before < 1e-6) break;
    const double factor = after / before;
    ++measured;
    if (!(std::abs(factor - expected) <= atol))
      return fail(c, fmt::format("each step should shrink the distance to the minimum by a factor {:g}; "
                                 "step {} shrank it by {:.6g}",
                                 expected, k, factor));
  }
  if (measured == 0) return fail(c, "your path is too short to measure a rate");
  return pass(c, fmt::format("factor {:g} over {} steps", expected, measured));
}

CheckResult value(const spec::Check& c, const Outcome& s, const Expected& e) {
  const Tolerance t = tolerance(c, 1e-10, 1e-10);
  if (e.outcome.value) {
    if (!s.value) return fail(c, "no value came back");
    if (t.close(*s.value, *e.outcome.value)) return pass(c);
    return fail(c, fmt::format("expected {:.12g}, got {:.12g} (tolerance {})", *e.outcome.value, *s.value, t.words()));
  }
  if (!s.gradient) return fail(c, "no gradient came back");
  if (close(t, *s.gradient, *e.outcome.gradient)) return pass(c);
  return fail(c, fmt::format("expected the gradient {}, got {} (tolerance {})", show(*e.outcome.gradient),
                             show(*s.gradient), t.words()));
}

// "lr = 0.01": a row by its first number, as messages name it.
std::string row_name(const Row& r) {
  return r.numbers.empty() ? "a row" : fmt::format("{} = {:g}", r.numbers.front().first, r.numbers.front().second);
}

CheckResult labels(const spec::Check& c, const Outcome& s, const Expected& e) {
  const auto& want = e.outcome.rows;
  if (s.rows.size() != want.size())
    return fail(c, fmt::format("expected {} rows (one per rate), got {}", want.size(), s.rows.size()));
  for (std::size_t i = 0; i < want.size(); ++i)
    if (s.rows[i].label != want[i].label)
      return fail(c, fmt::format("{}: expected '{}', got '{}'", row_name(want[i]), want[i].label, s.rows[i].label));
  return pass(c);
}

// Every row's numbers (a sweep's: where training at that rate ended and its cost). A row labelled
// diverges matches where both numbers blew up (not finite, or beyond `bound`), whichever way.
CheckResult rows(const spec::Check& c, const Outcome& s, const Expected& e) {
  const auto& want = e.outcome.rows;
  if (s.rows.size() != want.size())
    return fail(c, fmt::format("expected {} rows (one per rate), got {}", want.size(), s.rows.size()));
  const Tolerance t = tolerance(c);
  const double bound = number_or(c, "bound", 1e6);
  const auto blown = [&](double v) { return !std::isfinite(v) || std::abs(v) > bound; };
  for (std::size_t i = 0; i < want.size(); ++i) {
    const Row &got = s.rows[i], &row = want[i];
    if (got.numbers.size() != row.numbers.size()) return fail(c, fmt::format("{}: a row is not whole", row_name(row)));
    for (std::size_t k = 0; k < row.numbers.size(); ++k) {
      const auto& [name, w] = row.numbers[k];
      const double g = got.numbers[k].second;
      if (t.close(g, w) || (row.label == "diverges" && blown(g) && blown(w))) continue;
      return fail(c, fmt::format("{}: expected {} = {:.10g}, got {:.10g} (tolerance {})", row_name(row), name, w, g,
                                 t.words()));
    }
  }
  return pass(c, fmt::format("all {} rows match", want.size()));
}

CheckResult stopped(const spec::Check& c, const Outcome& s, const Expected& e) {
  if (s.steps != e.outcome.steps || s.converged != e.outcome.converged)
    return fail(c, fmt::format("expected to stop after {} steps ({}), got {} steps ({})", e.outcome.steps.value_or(-1),
                               e.outcome.converged.value_or(false) ? "converged" : "budget used up",
                               s.steps.value_or(-1), s.converged.value_or(false) ? "converged" : "budget used up"));
  return pass(c);
}

CheckResult cost_history(const spec::Check& c, const Outcome& s, const Expected& e) {
  const auto& want = e.outcome.cost_history;
  if (s.cost_history.size() != want.size())
    return fail(c, fmt::format("cost_history has {} entries; expected {} (one after each update)",
                               s.cost_history.size(), want.size()));
  const Tolerance t = tolerance(c);
  for (std::size_t k = 0; k < want.size(); ++k)
    if (!t.close(s.cost_history[k], want[k]))
      return fail(c, fmt::format("cost_history[{}]: expected {:.10g}, got {:.10g}", k, want[k], s.cost_history[k]));
  return pass(c);
}

// A declared entry's result field against the reference's: its path, or its list of numbers.
CheckResult matches(const spec::Check& c, const Outcome& s, const Expected& e) {
  const std::string field = c.words.contains("field") ? c.words.at("field") : e.path_field;
  if (field == e.path_field) {
    CheckResult r = trajectory(c, s, e);
    r.kind = c.kind;
    return r;
  }
  const auto got = s.fields.find(field), want = e.outcome.fields.find(field);
  if (want == e.outcome.fields.end())
    return fail(c, fmt::format("the reference returned no field '{}' (a spec error)", field));
  if (got == s.fields.end()) return fail(c, fmt::format("no '{}' came back", field));
  if (got->second.size() != want->second.size())
    return fail(c, fmt::format("{} has {} entries; expected {}", field, got->second.size(), want->second.size()));
  const Tolerance t = tolerance(c);
  for (std::size_t k = 0; k < want->second.size(); ++k)
    if (!t.close(got->second[k], want->second[k]))
      return fail(c, fmt::format("{}[{}]: expected {:.10g}, got {:.10g} (tolerance {})", field, k, want->second[k],
                                 got->second[k], t.words()));
  return pass(c);
}

const std::vector<double>* field_of(const spec::Check& c, const Outcome& s) {
  const auto it = s.fields.find(c.words.contains("field") ? c.words.at("field") : "");
  return it == s.fields.end() ? nullptr : &it->second;
}

CheckResult shrinks(const spec::Check& c, const Outcome& s, const Expected&) {
  const auto* list = field_of(c, s);
  if (!list || list->empty()) return fail(c, "no numbers came back");
  for (std::size_t k = 1; k < list->size(); ++k)
    if (!((*list)[k] <= (*list)[k - 1]))
      return fail(c, fmt::format("{}[{}] = {:.10g} is larger than {}[{}] = {:.10g}: it should shrink",
                                 c.words.at("field"), k, (*list)[k], c.words.at("field"), k - 1, (*list)[k - 1]));
  return pass(c, fmt::format("all {} shrink", list->size()));
}

// Entry k is lr times the slope's size at the path's k-th point: the step follows the gradient.
CheckResult proportional_to_slope(const spec::Check& c, const Outcome& s, const Expected& e) {
  const auto* list = field_of(c, s);
  if (!list) return fail(c, "no numbers came back");
  if (!e.lr || !e.loss) return fail(c, "this check needs an objective and an input named lr (a spec error)");
  if (list->size() + 1 != s.path.size())
    return fail(c, fmt::format("{} has {} entries for a path of {} points: one per step", c.words.at("field"),
                               list->size(), s.path.size()));
  const Tolerance t = tolerance(c);
  for (std::size_t k = 0; k < list->size(); ++k) {
    const Vector& x = s.path[k];
    const double want = x.size() == e.loss->dim && finite(x) ? *e.lr * e.loss->gradient(x).norm() : NAN;
    if (!t.close((*list)[k], want))
      return fail(c, fmt::format("{}[{}]: lr x |slope| at your point {} is {:.10g}, got {:.10g} (tolerance {})",
                                 c.words.at("field"), k, show(x), want, (*list)[k], t.words()));
  }
  return pass(c, "each step is lr times the slope");
}

using Evaluator = CheckResult (*)(const spec::Check&, const Outcome&, const Expected&);

// Every kind of the table (spec/check_kinds.hpp) has its evaluator: a kind this switch leaves out
// is a compile error, not a warning.
#pragma GCC diagnostic push
#pragma GCC diagnostic error "-Wswitch"
Evaluator evaluator(spec::CheckKind kind) {
  using K = spec::CheckKind;
  switch (kind) {
    case K::trajectory: return trajectory;
    case K::final_loss: return final_loss;
    case K::params: return params;
    case K::converged: return converged;
    case K::diverges: return diverges;
    case K::monotone: return monotone;
    case K::rate: return rate;
    case K::value: return value;
    case K::labels: return labels;
    case K::rows: return rows;
    case K::stopped: return stopped;
    case K::cost_history: return cost_history;
    case K::loop: return loop;
    case K::gradient_fd: return gradient_fd;
    case K::matches: return matches;
    case K::shrinks: return shrinks;
    case K::proportional_to_slope: return proportional_to_slope;
  }
  return nullptr;
}
#pragma GCC diagnostic pop

}  // namespace

CheckResult evaluate(const spec::Check& check, const Outcome& student, const Expected& expected) {
  const auto* rule = spec::find_check(check.kind);
  if (!rule) return {check.kind, false, "unknown check (a spec error)"};
  return evaluator(rule->kind)(check, student, expected);
}

}  // namespace gdlab::grading
