// Problems an instructor declares in the spec, with no grader code: each entry's signature
// from a small vocabulary of kinds. From a declaration the grader derives what the schema
// allows (the entry's inputs and checks), the harness that calls the student's function,
// and where its expected values come from.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "spec/schema.hpp"
#include "spec/spec.hpp"

namespace gdlab::spec {

// The words of the vocabulary, for the YAML and its messages.
std::optional<ParamKind> param_kind(const std::string& word);
std::optional<FieldKind> field_kind(const std::string& word);
std::vector<std::string> param_kind_names();
std::vector<std::string> field_kind_names();
std::string field_kind_name(FieldKind kind);  // "path"

// The inputs and checks a test of this entry may use.
EntryRule rule_for(const Declaration& entry, const std::string& problem);

// Empty when the entry's `reference` can be computed, else what is wrong with it: `solution`,
// or a reference optimiser on an entry with an objective, x0, lr and steps that returns a path.
std::string check_reference(const Declaration& entry);

// Empty when `gradient:` names an entry of the same problem that returns a vector and takes the
// outer entry's inputs but one vector (the iterate), else what is wrong.
std::string check_gradient(const Declaration& entry, const std::vector<Declaration>& all);

bool uses_solution(const Declaration& entry);  // reference: solution

// "adam(beta1=beta1, eps=1e-8)" with each argument that names an input replaced by its number:
// "adam(beta1=0.9,eps=1e-08)". Throws std::invalid_argument for a name with no number.
std::string bind_call(const std::string& call, const std::function<std::optional<double>(const std::string&)>& input);

// The C++ function a declaration stands for, exactly: what the generated harness calls and what
// the header must declare (validate checks it with the compiler, declared/signature_check.hpp).
struct CppParameter {
  std::string type;  // "const gdlab::Vector&": references and const included
  std::string name;  // the input's name (a dataset is two parameters, X and y)
};
std::vector<CppParameter> cpp_parameter_list(const Declaration& entry);
// A result field's type: a path is gdlab::Path, or std::vector<double> (its x's) in an entry that
// takes a function_1d; number double, vector gdlab::Vector, numbers std::vector<double>.
std::string cpp_field_type(const Declaration& entry, FieldKind kind);

// The C++ parameter list, e.g. "const gdlab::Objective& f, const gdlab::Vector& x0, double lr".
std::string cpp_parameters(const Declaration& entry);
std::string cpp_result_type(const Declaration& entry, const std::string& record_name);

// The input an entry descends, found by its kind (objective or function_1d) whatever it is
// called, for the feedback page's contours and the lab; a built-in entry's input of kind
// objective. Empty when the entry takes none.
std::string objective_input(const Problem& problem, const std::string& entry);

const Declaration* find_declared(const Problem& problem, const std::string& entry);

// A path on a function_1d is one number a point: the C++ returns std::vector<double>.
bool one_dimensional(const Declaration& entry);
// Its path is a `path` field, or the `coordinate` fields of a record zipped point by point.
bool returns_path(const Declaration& entry);
// A gradient: one vector, or a record of `component` numbers (its components in order).
bool returns_gradient(const Declaration& entry);
// The inputs of `gradient` that `outer` does not take: where the gradient is taken, filled from
// each point of outer's path (one vector, or numbers: the point's coordinates in order).
std::vector<Param> iterate_inputs(const Declaration& gradient, const Declaration& outer);
// A family of named mistakes: its word in the YAML, its title and hint for the student.
struct FamilyWords {
  Family family;
  const char* word;
  const char* title;
  const char* hint;
};
const std::vector<FamilyWords>& families();
std::optional<Family> family_of(const std::string& word);
const FamilyWords& words_of(Family family);
// Empty when the family applies to the entry, else why not.
std::string check_family(Family family, const Declaration& entry);

// An entry that stops once |g| < tol: inputs max_steps and tol, returns {path, steps, converged}.
bool stops_at_tolerance(const Declaration& entry);

}  // namespace gdlab::spec
