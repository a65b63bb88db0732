#include "spec/declared.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <map>
#include <stdexcept>

#include "catalog/named_call.hpp"
#include "catalog/optimizers.hpp"
#include "spec/check_kinds.hpp"

namespace gdlab::spec {
namespace {

const std::vector<std::pair<std::string, ParamKind>>& param_words() {
  static const std::vector<std::pair<std::string, ParamKind>> words = {
      {"number", ParamKind::number},       {"positive", ParamKind::positive},
      {"fraction", ParamKind::fraction},   {"whole", ParamKind::whole},
      {"count", ParamKind::count},         {"vector", ParamKind::vector},
      {"numbers", ParamKind::numbers},     {"rates", ParamKind::rates},
      {"objective", ParamKind::objective}, {"function_1d", ParamKind::function_1d},
      {"dataset", ParamKind::dataset},     {"dataset_1d", ParamKind::dataset_1d}};
  return words;
}

const std::vector<std::pair<std::string, FieldKind>>& field_words() {
  static const std::vector<std::pair<std::string, FieldKind>> words = {{"path", FieldKind::path},
                                                                       {"number", FieldKind::number},
                                                                       {"vector", FieldKind::vector},
                                                                       {"numbers", FieldKind::numbers},
                                                                       {"steps", FieldKind::steps},
                                                                       {"converged", FieldKind::converged},
                                                                       {"coordinate", FieldKind::coordinate},
                                                                       {"component", FieldKind::component},
                                                                       {"costs", FieldKind::costs},
                                                                       {"rows", FieldKind::rows}};
  return words;
}

bool is_target(ParamKind k) {
  return k == ParamKind::objective || k == ParamKind::function_1d || k == ParamKind::dataset ||
         k == ParamKind::dataset_1d;
}

bool has_kind(const Declaration& d, std::initializer_list<ParamKind> kinds) {
  return std::any_of(d.inputs.begin(), d.inputs.end(),
                     [&](const Param& p) { return std::find(kinds.begin(), kinds.end(), p.kind) != kinds.end(); });
}

bool returns_kind(const Declaration& d, FieldKind kind) {
  return std::any_of(d.returns.begin(), d.returns.end(), [&](const ResultField& f) { return f.kind == kind; });
}

// The input whose size a vector input takes: the objective's dimension or the dataset's columns.
const Param* sized_by(const Declaration& d) {
  for (const auto& p : d.inputs)
    if (is_target(p.kind)) return &p;
  return nullptr;
}

InputRule input_rule(const Param& p, const Declaration& d) {
  InputRule r;
  r.name = p.name;
  switch (p.kind) {
    case ParamKind::number: r.kind = InputKind::number; break;
    case ParamKind::positive: r.kind = InputKind::positive; break;
    case ParamKind::fraction: r.kind = InputKind::fraction; break;
    case ParamKind::whole: r.kind = InputKind::whole; break;
    case ParamKind::count: r.kind = InputKind::count; break;
    case ParamKind::numbers: r.kind = InputKind::list; break;
    case ParamKind::rates:
      r.kind = InputKind::list;
      r.positive_items = true;
      break;
    case ParamKind::vector:
      r.kind = InputKind::list;
      if (const auto* target = sized_by(d); target && target->kind != ParamKind::dataset_1d) r.length_of = target->name;
      break;
    case ParamKind::objective:
      r.kind = InputKind::objective;
      r.names = {"bowl", "ellipse", "valley", "saddle", "himmelblau", "rosenbrock"};
      r.what = "a 2-D objective";
      break;
    case ParamKind::function_1d:
      r.kind = InputKind::objective;
      r.names = {"quadratic1d"};
      r.what = "a 1-D function";
      break;
    case ParamKind::dataset:
      r.kind = InputKind::dataset;
      r.names = {"problem5", "synthetic", "rolling"};
      r.what = "a dataset";
      break;
    case ParamKind::dataset_1d:
      r.kind = InputKind::dataset;
      r.names = {"rolling"};
      r.what = "a dataset of one feature";
      break;
  }
  return r;
}

// Whether a test of entry `d` may use the check on its result field of this kind: the table's
// field kinds and condition (spec/check_kinds.hpp).
bool applies_to_field(const CheckRule& check, FieldKind field, const Declaration& d) {
  if (std::find(check.fields.begin(), check.fields.end(), field) == check.fields.end()) return false;
  switch (check.applies) {
    case AppliesTo::fields: return true;
    case AppliesTo::fields_on_a_dataset: return has_kind(d, {ParamKind::dataset, ParamKind::dataset_1d});
    case AppliesTo::fields_with_converged: return returns_kind(d, FieldKind::converged);
    case AppliesTo::every_entry:
    case AppliesTo::entries_with_gradient: return false;  // checks of the whole entry (rule_for)
  }
  return false;
}

const char* cpp_type(ParamKind k) {
  switch (k) {
    case ParamKind::number:
    case ParamKind::positive:
    case ParamKind::fraction: return "double";
    case ParamKind::whole:
    case ParamKind::count: return "int";
    case ParamKind::vector: return "const gdlab::Vector&";
    case ParamKind::numbers:
    case ParamKind::rates: return "const std::vector<double>&";
    case ParamKind::objective: return "const gdlab::Objective&";
    case ParamKind::function_1d: return "const gdlab::Function1D&";
    case ParamKind::dataset:
    case ParamKind::dataset_1d: return "";
  }
  return "";
}

bool has_input(const Declaration& d, const std::string& name, std::initializer_list<ParamKind> kinds) {
  return std::any_of(d.inputs.begin(), d.inputs.end(), [&](const Param& p) {
    return p.name == name && std::find(kinds.begin(), kinds.end(), p.kind) != kinds.end();
  });
}

std::string trim(const std::string& s) {
  const auto a = s.find_first_not_of(" \t"), b = s.find_last_not_of(" \t");
  return a == std::string::npos ? "" : s.substr(a, b - a + 1);
}

}  // namespace

std::optional<ParamKind> param_kind(const std::string& word) {
  for (const auto& [w, k] : param_words())
    if (w == word) return k;
  return std::nullopt;
}

std::optional<FieldKind> field_kind(const std::string& word) {
  for (const auto& [w, k] : field_words())
    if (w == word) return k;
  return std::nullopt;
}

std::vector<std::string> param_kind_names() {
  std::vector<std::string> out;
  for (const auto& w : param_words()) out.push_back(w.first);
  return out;
}

std::vector<std::string> field_kind_names() {
  std::vector<std::string> out;
  for (const auto& w : field_words()) out.push_back(w.first);
  return out;
}

std::string field_kind_name(FieldKind kind) {
  for (const auto& [word, k] : field_words())
    if (k == kind) return word;
  return "";
}

EntryRule rule_for(const Declaration& d, const std::string& problem) {
  EntryRule rule;
  rule.name = d.name;
  rule.harness = problem;
  for (const auto& p : d.inputs) rule.inputs.push_back(input_rule(p, d));
  const auto allow = [&](const CheckRule& c) {
    if (std::find(rule.checks.begin(), rule.checks.end(), c.name) == rule.checks.end()) rule.checks.push_back(c.name);
  };
  for (const auto& f : d.returns)
    for (const auto& c : check_rules())
      if (applies_to_field(c, f.kind, d)) allow(c);
  // Then the whole entry's: matches on any entry, and after it loop on one with `gradient:`.
  for (const auto& c : check_rules())
    if (c.applies == AppliesTo::every_entry) allow(c);
  for (const auto& c : check_rules())
    if (c.applies == AppliesTo::entries_with_gradient && !d.gradient.empty()) allow(c);
  return rule;
}

bool uses_solution(const Declaration& d) { return d.reference == "solution"; }

bool stops_at_tolerance(const Declaration& d) {
  return has_input(d, "max_steps", {ParamKind::whole}) && has_input(d, "tol", {ParamKind::positive}) && d.record &&
         d.returns.size() == 3 && returns_kind(d, FieldKind::path) && returns_kind(d, FieldKind::steps) &&
         returns_kind(d, FieldKind::converged);
}

std::string check_reference(const Declaration& d) {
  if (d.reference.empty())
    return "missing: write `reference: solution` or a reference optimiser such as adam(beta1=0.9)";
  if (uses_solution(d)) return "";
  const bool walks = has_input(d, "x0", {ParamKind::vector, ParamKind::number}) &&
                     has_input(d, "lr", {ParamKind::positive, ParamKind::number}) &&
                     has_kind(d, {ParamKind::objective, ParamKind::function_1d});
  const bool fixed_steps = has_input(d, "steps", {ParamKind::whole}) && !d.record && d.returns.size() == 1 &&
                           d.returns[0].kind == FieldKind::path;
  if (!walks || !(fixed_steps || stops_at_tolerance(d)))
    return "a reference optimiser runs on entries that take an objective (or function_1d), x0, lr and steps and "
           "return a path (or take max_steps and tol and return {path: path, steps: steps, converged: converged}): "
           "use `reference: solution` for this one";
  try {
    // Every input name stands for some number here: only the optimiser and its keys are checked.
    catalog::make_rule(catalog::NamedCall::parse(bind_call(d.reference, [](const std::string&) { return 0.5; })));
  } catch (const std::exception& e) {
    return e.what();
  }
  return "";
}

std::string check_gradient(const Declaration& d, const std::vector<Declaration>& all) {
  if (d.gradient.empty()) return "";
  const auto it = std::find_if(all.begin(), all.end(), [&](const Declaration& x) { return x.name == d.gradient; });
  if (it == all.end()) return fmt::format("no entry '{}' in this problem", d.gradient);
  const Declaration* g = &*it;
  if (!returns_gradient(*g))
    return fmt::format("'{}' must return a vector, or a record of components (the gradient)", d.gradient);
  if (!returns_path(d)) return "only an entry that returns a path has its loop judged against its own gradient";
  if (!has_input(d, "lr", {ParamKind::positive, ParamKind::number})) return "the loop check needs an input named lr";
  int vectors = 0, numbers = 0;
  for (const auto& p : iterate_inputs(*g, d)) {
    if (p.kind == ParamKind::vector) ++vectors;
    else if (p.kind == ParamKind::number) ++numbers;
    else return fmt::format("'{}' takes '{}', which '{}' does not", d.gradient, p.name, d.name);
  }
  if (!(vectors == 1 && numbers == 0) && !(vectors == 0 && numbers > 0))
    return fmt::format(
        "'{}' must take the point the gradient is taken at as one vector, or as numbers (its coordinates in order), "
        "that '{}' does not take",
        d.gradient, d.name);
  return "";
}

std::string bind_call(const std::string& call, const std::function<std::optional<double>(const std::string&)>& input) {
  const auto open = call.find('(');
  if (open == std::string::npos) return trim(call);
  const auto close = call.rfind(')');
  if (close == std::string::npos || close < open)
    throw std::invalid_argument(fmt::format("'{}' is missing its ')'", call));
  std::string out = trim(call.substr(0, open)) + "(";
  const std::string inside = call.substr(open + 1, close - open - 1);
  std::size_t pos = 0;
  bool first = true;
  while (pos <= inside.size()) {
    const auto comma = std::min(inside.find(',', pos), inside.size());
    const std::string item = trim(inside.substr(pos, comma - pos));
    pos = comma + 1;
    if (item.empty()) continue;
    const auto eq = item.find('=');
    if (eq == std::string::npos)
      throw std::invalid_argument(fmt::format("in '{}': '{}' should be key=value", call, item));
    const std::string key = trim(item.substr(0, eq)), value = trim(item.substr(eq + 1));
    double number = 0;
    const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), number);
    if (ec != std::errc() || end != value.data() + value.size()) {
      const auto bound = input(value);
      if (!bound)
        throw std::invalid_argument(fmt::format("in '{}': {} is neither a number nor a number input", call, value));
      number = *bound;
    }
    out += fmt::format("{}{}={}", first ? "" : ",", key, number);
    first = false;
  }
  return out + ")";
}

std::vector<CppParameter> cpp_parameter_list(const Declaration& d) {
  std::vector<CppParameter> params;
  for (const auto& p : d.inputs) {
    if (p.kind == ParamKind::dataset || p.kind == ParamKind::dataset_1d) {
      params.push_back({p.kind == ParamKind::dataset ? "const gdlab::Matrix&" : "const gdlab::Vector&", "X"});
      params.push_back({"const gdlab::Vector&", "y"});
    } else {
      params.push_back({cpp_type(p.kind), p.name});
    }
  }
  return params;
}

std::string cpp_field_type(const Declaration& d, FieldKind kind) {
  switch (kind) {
    case FieldKind::path: return one_dimensional(d) ? "std::vector<double>" : "gdlab::Path";
    case FieldKind::number:
    case FieldKind::component: return "double";
    case FieldKind::vector: return "gdlab::Vector";
    case FieldKind::numbers:
    case FieldKind::coordinate:
    case FieldKind::costs: return "std::vector<double>";
    case FieldKind::steps: return "int";
    case FieldKind::converged: return "bool";
    case FieldKind::rows: return "";  // a vector of the header's row struct: cpp_result_type names it
  }
  return "";
}

bool one_dimensional(const Declaration& d) { return has_kind(d, {ParamKind::function_1d}); }

bool returns_path(const Declaration& d) {
  return returns_kind(d, FieldKind::path) || returns_kind(d, FieldKind::coordinate);
}

bool returns_gradient(const Declaration& d) {
  if (!d.record) return d.returns.size() == 1 && d.returns[0].kind == FieldKind::vector;
  return !d.returns.empty() && std::all_of(d.returns.begin(), d.returns.end(),
                                           [](const ResultField& f) { return f.kind == FieldKind::component; });
}

std::vector<Param> iterate_inputs(const Declaration& gradient, const Declaration& outer) {
  std::vector<Param> out;
  for (const auto& p : gradient.inputs)
    if (std::none_of(outer.inputs.begin(), outer.inputs.end(),
                     [&](const Param& q) { return q.name == p.name && q.kind == p.kind; }))
      out.push_back(p);
  return out;
}

const std::vector<FamilyWords>& families() {
  static const std::vector<FamilyWords> table = {
      {Family::stops_early, "stops_early", "the loop stops once the gradient is small",
       "take every step asked for: this function has no tolerance, so it never stops early"},
  };
  return table;
}

std::optional<Family> family_of(const std::string& word) {
  for (const auto& f : families())
    if (word == f.word) return f.family;
  return std::nullopt;
}

const FamilyWords& words_of(Family family) {
  for (const auto& f : families())
    if (f.family == family) return f;
  throw std::logic_error("a family without words");
}

std::string check_family(Family family, const Declaration& d) {
  switch (family) {
    case Family::stops_early:
      if (!returns_path(d) || stops_at_tolerance(d))
        return "stops_early belongs to an entry that returns a path and has no tolerance";
      return "";
  }
  return "";
}

std::string cpp_parameters(const Declaration& d) {
  std::vector<std::string> params;
  for (const auto& p : cpp_parameter_list(d)) params.push_back(fmt::format("{} {}", p.type, p.name));
  return fmt::format("{}", fmt::join(params, ", "));
}

std::string cpp_result_type(const Declaration& d, const std::string& record_name) {
  if (d.record) return record_name;
  if (d.returns.at(0).kind == FieldKind::rows) return "std::vector<" + record_name + ">";
  return cpp_field_type(d, d.returns.at(0).kind);
}

std::string objective_input(const Problem& problem, const std::string& entry) {
  if (const auto* d = find_declared(problem, entry)) {
    for (const auto& p : d->inputs)
      if (p.kind == ParamKind::objective || p.kind == ParamKind::function_1d) return p.name;
  }
  return "";
}

const Declaration* find_declared(const Problem& problem, const std::string& entry) {
  for (const auto& d : problem.declared)
    if (d.name == entry) return &d;
  return nullptr;
}

}  // namespace gdlab::spec
