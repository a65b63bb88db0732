// What a spec may ask of the harness: the inputs each entry needs and the checks that make sense
// for what it returns (made from the problem's declaration: spec/declared.hpp), and every check
// with its arguments (spec/check_kinds.hpp). The loader checks a spec against these, so a test
// that the grader could not run is rejected before anything is built.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "spec/check_kinds.hpp"
#include "spec/spec.hpp"

namespace gdlab::spec {

enum class InputKind {
  number,     // any finite number
  whole,      // a whole number in [0, 2^31 - 1]: a step or iteration count (the harness reads an int)
  count,      // a whole number in [1, 2^31 - 1]: a batch size, a decay period
  positive,   // a finite number > 0
  fraction,   // a number in [0, 1): a momentum coefficient
  list,       // a list of finite numbers, see the length rule
  objective,  // a string naming one of the catalog's objectives
  dataset,    // a string naming one of the catalog's datasets
};

struct InputRule {
  std::string name;
  InputKind kind = InputKind::number;
  // Lists: an exact length (0: any), or one item per column of the dataset input named here,
  // or (positive_items) a non-empty list of numbers > 0.
  std::size_t length = 0;
  std::string length_of;
  bool positive_items = false;
  // Objectives and datasets: the names allowed here, and what they are, for messages.
  std::vector<std::string> names;
  std::string what;
};

struct EntryRule {
  std::string name;                 // what the harness is asked to call, e.g. gd_2d_until
  std::string harness;              // the harness program serving it: one per exercise file
  std::vector<InputRule> inputs;    // all required
  std::vector<std::string> checks;  // the check kinds allowed
};

std::vector<std::string> input_names(const EntryRule& entry);

// "a whole number >= 0", "a list of 2 numbers", ...: what the rule wants, for messages.
// `length` is the list length required by length_of, once known.
std::string describe(const InputRule& rule, std::optional<std::size_t> length = std::nullopt);

// Empty when `value` fits the rule, else "expected ..., got ...". For objectives and datasets
// only the type is checked here; check_name does the rest.
std::string check_value(const InputRule& rule, const Value& value, std::optional<std::size_t> length = std::nullopt);

// An objective or dataset name checked against the catalog: empty error and its dimension
// (the objective's, or the dataset's number of columns), or what is wrong with it.
struct NameCheck {
  std::string error;
  std::size_t dim = 0;
};
NameCheck check_name(const InputRule& rule, const std::string& text);

bool is_problem_id(const std::string& id);     // [a-z0-9_]+
bool is_source_path(const std::string& path);  // relative, no '..', ends in .cpp

// "a, b, c": for lists of allowed names in messages.
std::string join(const std::vector<std::string>& words);

}  // namespace gdlab::spec
