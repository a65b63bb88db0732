#include "spec/fingerprint.hpp"

#include <nlohmann/json.hpp>

namespace gdlab::spec {
namespace {

using nlohmann::json;

json value(const Value& v) {
  return std::visit([](const auto& x) { return json(x); }, v);
}

json test_json(const Test& t) {
  json inputs = json::object();
  for (const auto& [name, v] : t.inputs) inputs[name] = value(v);
  json checks = json::array();
  for (const auto& c : t.checks) checks.push_back({c.kind, c.numbers, c.words});
  json vary = json::array();
  for (const auto& v : t.vary) vary.push_back({v.input, v.low, v.high, v.whole, v.student_seed});
  return {
      t.name, t.entry, t.points, static_cast<int>(t.visibility),
      inputs, checks,  vary,     json::array({t.limits.time_seconds, t.limits.memory_bytes, t.limits.output_bytes})};
}

json declaration_json(const Declaration& d) {
  json inputs = json::array(), returns = json::array();
  for (const auto& p : d.inputs) inputs.push_back({p.name, static_cast<int>(p.kind)});
  for (const auto& r : d.returns) returns.push_back({r.name, static_cast<int>(r.kind)});
  return {d.name, inputs, returns, d.record, d.reference, d.gradient};
}

}  // namespace

std::string fingerprint(const Problem& problem) {
  json tests = json::array(), declared = json::array();
  for (const auto& t : problem.tests) tests.push_back(test_json(t));
  for (const auto& d : problem.declared) declared.push_back(declaration_json(d));
  // dump() writes doubles in their shortest exact form: a changed tolerance is a changed text.
  return json{problem.id, problem.title, problem.source, problem.entry, tests, declared}.dump();
}

}  // namespace gdlab::spec
