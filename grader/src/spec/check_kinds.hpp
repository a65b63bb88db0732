// Every check a spec's test may use, each listed once: its name in the YAML, its arguments and
// the results of a declared entry it applies to. The loader reads the names and arguments
// (spec/loader.cpp), rule_for the results (spec/declared.cpp), and grading/checks.cpp gives each
// kind its evaluator in a switch that does not compile with a kind missing.
#pragma once

#include <string>
#include <vector>

#include "spec/spec.hpp"

namespace gdlab::spec {

enum class CheckKind {
  trajectory,
  final_loss,
  params,
  converged,
  diverges,
  monotone,
  rate,
  value,
  labels,
  rows,
  stopped,
  cost_history,
  loop,
  gradient_fd,
  matches,
  shrinks,
  proportional_to_slope
};
constexpr CheckKind last_check_kind = CheckKind::proportional_to_slope;  // keep it the last enumerator

enum class ArgRule {
  positive,      // > 0: atol, tol, bound
  non_negative,  // >= 0: rtol, slack
  number,        // any finite number: expected
  against,       // the word reference or optimum
  field,         // the name of a result field of a declared entry
};

struct CheckArg {
  std::string name;
  ArgRule rule = ArgRule::number;
  bool required = false;
};

// Which declared entries may use a check. A test of an entry may use the checks of each of its
// result fields, field by field, then those of the whole entry (the order of "allowed:").
enum class AppliesTo {
  fields,                 // an entry that returns a field of one of the check's field kinds
  fields_on_a_dataset,    // the same, taking a dataset: gradient_fd differentiates the dataset's loss
  fields_with_converged,  // the same, returning converged too: stopped compares the steps and the flag
  every_entry,            // matches: a named field of any entry against the reference's
  entries_with_gradient,  // loop: an entry with `gradient:`, the student's own gradient along the path
};

struct CheckRule {
  CheckKind kind;
  std::string name;  // as the YAML writes it: "trajectory"
  std::vector<CheckArg> args;
  std::vector<FieldKind> fields = {};  // the result fields it reads (none: it applies to the entry)
  AppliesTo applies = AppliesTo::fields;
};

// The table, one entry a CheckKind in the enum's order (the order of "known:" in messages).
const std::vector<CheckRule>& check_rules();
const CheckRule* find_check(const std::string& name);
const CheckArg* find_arg(const CheckRule& check, const std::string& name);

std::vector<std::string> check_kinds();  // the names, in the table's order
std::vector<std::string> arg_names(const CheckRule& check);

std::string describe(ArgRule rule);  // "a number > 0", for messages
// Whether a check argument's number fits its rule (`against` and `field` take no number).
bool accepts(ArgRule rule, double value);

}  // namespace gdlab::spec
