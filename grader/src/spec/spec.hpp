// An assignment's test spec, as loaded from YAML and checked against the schema.
//
// spec → build → run → check → report: this is the first value of that chain.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace gdlab::spec {

enum class Visibility { visible, hidden, after_due_date };
constexpr Visibility last_visibility = Visibility::after_due_date;  // keep it the last enumerator

// "visible", "hidden", "after_due_date": as the YAML and the reports write it (loader.cpp).
std::string to_string(Visibility v);
// The visibility whose to_string is `text`, if any.
std::optional<Visibility> visibility_from_string(const std::string& text);

struct Limits {
  double time_seconds = 2.0;       // wall clock per test; CPU limit is the same
  long memory_bytes = 256L << 20;  // in a memory cgroup, memory used; else address space (sandbox/cgroup.hpp)
  long output_bytes = 64L << 10;   // stdout + stderr kept, the rest discarded
};

// A value in a test's inputs: a number, a list of numbers, a matrix, or a text
// (an objective or dataset name such as "quadratic1d(a=1,c=3,d=5)").
using Value = std::variant<double, std::vector<double>, std::vector<std::vector<double>>, std::string>;

// One check of a test, e.g. `trajectory: {atol: 1e-9}`.
struct Check {
  std::string kind;                               // a name of the table of checks, spec/check_kinds.hpp
  std::map<std::string, double> numbers;          // atol, rtol, tol, expected, ...
  std::map<std::string, std::string> words = {};  // against: reference | optimum, ...
  int line = 0;                                   // where it is in the YAML, for messages
};

// A per-student input, `vary:` in the spec: each student gets their own value, drawn from a
// seed of (assignment, student id, test name, input name); see grader/src/batch/variants.hpp.
struct Variation {
  std::string input;          // the input it replaces; its value in `inputs` is the default
  double low = 0, high = 0;   // a uniform draw in [low, high] (for a list: each item)
  bool whole = false;         // a whole number in [low, high] (a step count)
  bool student_seed = false;  // a dataset input: its seed argument is drawn instead
};

struct Test {
  std::string name;
  std::string entry;  // the test's own entry, else the problem's: the loader always sets it
  double points = 1;
  Visibility visibility = Visibility::visible;
  std::map<std::string, Value> inputs;
  std::vector<Check> checks;
  std::vector<Variation> vary;  // empty: every student gets the inputs as written
  Limits limits;
  int line = 0;
};

// Every problem is declared in the spec: each entry's signature, from which the grader
// generates the harness and checks the tests (see spec/declared.hpp for what each kind means).
enum class ParamKind {
  number,
  positive,
  fraction,
  whole,
  count,
  vector,
  numbers,
  rates,
  objective,
  function_1d,
  dataset,
  dataset_1d
};
enum class FieldKind { path, number, vector, numbers, steps, converged, coordinate, component, costs, rows };

// The loss of an entry on a dataset: the mean of the squared errors, or half of it (the
// 1/(2N) convention whose gradient has no factor 2).
enum class Loss { mse, half_mse };

// A named mistake that no single file can be, because a value in it varies from student to
// student: its words and where it applies are in spec/declared.cpp's table, how it is
// recognised in grading/families.cpp.
enum class Family {
  stops_early  // the right path, cut short where the gradient became small (any threshold)
};

struct Param {
  std::string name;
  ParamKind kind = ParamKind::number;
};

struct ResultField {
  std::string name;  // the record's member; for a single result, the kind's own name
  FieldKind kind = FieldKind::path;
};

// A row of a `rows` result (one per learning rate of a sweep): its number members in order, and
// an enum member whose enumerators, in order, are `labels`.
struct RowShape {
  std::vector<std::string> numbers;
  std::string label;                // the enum member's name
  std::vector<std::string> labels;  // its enumerators in declaration order
};

struct Declaration {
  std::string name;                  // the C++ function in namespace exercises
  std::vector<Param> inputs;         // in parameter order
  std::vector<ResultField> returns;  // one field, or a record's members
  bool record = false;               // returns a struct with these members
  std::string reference;             // "solution", or a reference optimiser call: adam(beta1=beta1, ...)
  std::string gradient;              // optional: the entry that is the student's own gradient (part-by-part credit)
  Loss loss = Loss::mse;             // on a dataset: what its path descends and its gradient is of
  RowShape row;                      // a `rows` result's row
  std::vector<Family> families;      // parameterised named mistakes, e.g. stops_early
  int line = 0;
};

struct Problem {
  std::string id;  // e.g. gd_1d
  std::string title;
  std::string source;  // relative to the submission, e.g. exercises/gd_1d.cpp
  std::string entry;   // the default entry of its tests, e.g. gd_1d (empty: each test names one)
  std::vector<Test> tests;
  std::vector<Declaration> declared;  // its entries: what the harness calls and the tests may use
  int line = 0;
};

struct Spec {
  std::string assignment;
  std::string file;  // where it was loaded from
  std::vector<Problem> problems;
};

// A schema error: file:line:column, the key, what was expected. Line and column are 1-based;
// 0 when there is no position (a file that cannot be read). The key is empty for YAML syntax.
struct SpecError {
  std::string file;
  int line = 0, column = 0;
  std::string key = {};
  std::string message;
  std::string to_string() const;
};

}  // namespace gdlab::spec
