#include "spec/check_kinds.hpp"

#include <cmath>

namespace gdlab::spec {
namespace {

const CheckArg atol{"atol", ArgRule::positive, false}, rtol{"rtol", ArgRule::non_negative, false},
    field{"field", ArgRule::field, false};

using F = FieldKind;
const std::vector<FieldKind> a_path = {F::path, F::coordinate};  // a path, or its coordinates zipped

}  // namespace

const std::vector<CheckRule>& check_rules() {
  using K = CheckKind;
  using A = AppliesTo;
  static const std::vector<CheckRule> table = {
      {K::trajectory, "trajectory", {atol, rtol}, a_path},
      {K::final_loss, "final_loss", {atol, rtol, {"expected", ArgRule::number, false}}, a_path},
      {K::params, "params", {atol, rtol, {"against", ArgRule::against, false}}, a_path},
      {K::converged, "converged", {{"tol", ArgRule::positive, false}}, a_path},
      {K::diverges, "diverges", {{"bound", ArgRule::positive, false}}, a_path},
      {K::monotone, "monotone", {{"slack", ArgRule::non_negative, false}}, a_path},
      {K::rate, "rate", {{"expected", ArgRule::number, true}, atol}, a_path},
      {K::value, "value", {atol, rtol}, {F::number, F::vector, F::component}},
      {K::labels, "labels", {}, {F::rows}},
      {K::rows, "rows", {atol, rtol, {"bound", ArgRule::positive, false}}, {F::rows}},
      {K::stopped, "stopped", {}, {F::steps}, A::fields_with_converged},
      {K::cost_history, "cost_history", {atol, rtol}, {F::costs}},
      {K::loop, "loop", {atol, rtol}, {}, A::entries_with_gradient},
      {K::gradient_fd, "gradient_fd", {atol, rtol}, {F::vector, F::component}, A::fields_on_a_dataset},
      {K::matches, "matches", {field, atol, rtol}, {}, A::every_entry},
      {K::shrinks, "shrinks", {field}, {F::numbers}},
      {K::proportional_to_slope, "proportional_to_slope", {field, atol, rtol}, {F::numbers}},
  };
  return table;
}

const CheckRule* find_check(const std::string& name) {
  for (const auto& c : check_rules())
    if (c.name == name) return &c;
  return nullptr;
}

const CheckArg* find_arg(const CheckRule& check, const std::string& name) {
  for (const auto& a : check.args)
    if (a.name == name) return &a;
  return nullptr;
}

std::vector<std::string> check_kinds() {
  std::vector<std::string> kinds;
  for (const auto& c : check_rules()) kinds.push_back(c.name);
  return kinds;
}

std::vector<std::string> arg_names(const CheckRule& check) {
  std::vector<std::string> names;
  for (const auto& a : check.args) names.push_back(a.name);
  return names;
}

std::string describe(ArgRule rule) {
  switch (rule) {
    case ArgRule::positive: return "a number > 0";
    case ArgRule::non_negative: return "a number >= 0";
    case ArgRule::number: return "a finite number";
    case ArgRule::against: return "reference or optimum";
    case ArgRule::field: return "the name of a result field";
  }
  return "";
}

bool accepts(ArgRule rule, double value) {
  if (!std::isfinite(value)) return false;
  if (rule == ArgRule::positive) return value > 0;
  if (rule == ArgRule::non_negative) return value >= 0;
  return rule == ArgRule::number;
}

}  // namespace gdlab::spec
