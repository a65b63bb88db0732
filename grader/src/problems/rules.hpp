// Building blocks for the built-in problems' input rules (problem.cpp files).
#pragma once

#include <string>
#include <vector>

#include "spec/schema.hpp"

namespace gdlab::problems {

// Built field by field: designated initialisers that skip fields trip -Wextra.
inline spec::InputRule scalar(const std::string& name, spec::InputKind kind) {
  spec::InputRule r;
  r.name = name;
  r.kind = kind;
  return r;
}

inline spec::InputRule list(const std::string& name) { return scalar(name, spec::InputKind::list); }

// A start point of `length` numbers, x0.
inline spec::InputRule point(std::size_t length) {
  spec::InputRule r = list("x0");
  r.length = length;
  return r;
}

inline spec::InputRule named(const std::string& name, spec::InputKind kind, std::vector<std::string> names,
                             std::string what) {
  spec::InputRule r = scalar(name, kind);
  r.names = std::move(names);
  r.what = std::move(what);
  return r;
}

inline spec::InputRule objective_2d() {
  return named("objective", spec::InputKind::objective,
               {"bowl", "ellipse", "valley", "saddle", "himmelblau", "rosenbrock"}, "a 2-D objective");
}

inline std::vector<std::string> descent_checks() {
  return {"trajectory", "final_loss", "params", "converged", "diverges", "monotone", "rate"};
}

inline spec::EntryRule rule(const std::string& name, const std::string& problem, std::vector<spec::InputRule> inputs,
                            std::vector<std::string> checks) {
  spec::EntryRule r;
  r.name = name;
  r.harness = problem;
  r.inputs = std::move(inputs);
  r.checks = std::move(checks);
  return r;
}

}  // namespace gdlab::problems
