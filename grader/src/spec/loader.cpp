#include "spec/loader.hpp"

#include <fmt/format.h>
#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstring>
#include <map>
#include <sstream>
#include <tuple>
#include <utility>

#include "spec/declared.hpp"
#include "spec/problem_folder.hpp"
#include "spec/schema.hpp"
#include "text/file.hpp"
#include "text/enum_text.hpp"

namespace gdlab::spec {

std::string SpecError::to_string() const {
  const std::string where = line > 0 ? fmt::format("{}:{}:{}", file, line, column) : file;
  return key.empty() ? fmt::format("{}: {}", where, message) : fmt::format("{}: {}: {}", where, key, message);
}

std::string to_string(Visibility v) {
  switch (v) {
    case Visibility::visible: return "visible";
    case Visibility::hidden: return "hidden";
    case Visibility::after_due_date: return "after_due_date";
  }
  return "visible";
}

std::optional<Visibility> visibility_from_string(const std::string& text) {
  return text::enum_from_text(text, last_visibility);
}

namespace {

// "visible, hidden or after_due_date": every visibility, for the error that wants one.
std::string visibility_choices() {
  std::string out;
  for (int i = 0; i <= static_cast<int>(last_visibility); ++i)
    out += (i == 0                                   ? ""
            : i == static_cast<int>(last_visibility) ? " or "
                                                     : ", ") +
           to_string(static_cast<Visibility>(i));
  return out;
}

using Node = YAML::Node;

// A value with the key it sits under and its key path. Messages about an empty value point
// at the key: yaml-cpp marks an empty value where the next token starts, often a line later.
struct Field {
  Node key, value;
  std::string path;
  YAML::Mark mark() const { return value.IsNull() ? key.Mark() : value.Mark(); }
};

using Fields = std::map<std::string, Field>;

std::string child(const std::string& path, const std::string& name) { return path.empty() ? name : path + "." + name; }

Field item(const Field& list, std::size_t i) {
  const Node n = list.value[i];
  return {n, n, fmt::format("{}[{}]", list.path, i)};
}

// What was found, for "expected X, got Y": the scalar as written, else its shape.
std::string got(const Node& n) {
  if (!n.IsDefined() || n.IsNull()) return "nothing";
  if (n.IsSequence()) return n.size() == 0 ? "an empty list" : "a list";
  if (n.IsMap()) return "a map";
  return n.Tag() == "!" ? fmt::format("\"{}\"", n.Scalar()) : n.Scalar();
}

// A number written as one: quoted scalars stay text, so "2" is not taken for 2.
std::optional<double> as_number(const Node& n) {
  double v = 0;
  if (!n.IsScalar() || n.Tag() == "!" || !YAML::convert<double>::decode(n, v)) return std::nullopt;
  return v;
}

// An input as a spec::Value: a number, a list of numbers, or a text. No entry takes a matrix,
// so a list of lists is not read as one: it gets the entry's own "expected ..." message.
std::optional<Value> to_value(const Node& n) {
  if (n.IsScalar()) return as_number(n) ? Value(*as_number(n)) : Value(n.Scalar());
  if (!n.IsSequence()) return std::nullopt;
  std::vector<double> list;
  for (const auto& x : n) {
    const auto v = as_number(x);
    if (!v) return std::nullopt;
    list.push_back(*v);
  }
  return Value(list);
}

bool contains(const std::vector<std::string>& list, const std::string& word) {
  return std::find(list.begin(), list.end(), word) != list.end();
}

std::vector<YAML::Mark> find_aliases(const std::string& yaml_text);

class Loader {
 public:
  Loader(std::string file, std::filesystem::path problems) : file_(std::move(file)), problems_(std::move(problems)) {}

  std::optional<Spec> load(const Node& root);
  std::vector<SpecError> errors;

 private:
  std::string file_;                                     // the file being read: the spec, or a problem's problem.yaml
  std::filesystem::path problems_;                       // the problems' folders
  Test defaults_;                                        // points, visibility and limits every test starts from
  std::map<std::string, int> problem_ids_, test_names_;  // first line of each, for duplicates
  std::vector<EntryRule> declared_;                      // the entries the problem being read declares
  std::map<std::string, std::vector<ResultField>> declared_fields_;  // their result fields, by entry
  std::vector<std::string> fields_;  // the result fields of the entry whose check is being read

  const EntryRule* lookup(const std::string& name) const;
  std::vector<std::string> known_entries() const;

  void error(const YAML::Mark& at, const std::string& key, std::string message) {
    errors.push_back({.file = file_,
                      .line = std::max(at.line, 0) + 1,
                      .column = std::max(at.column, 0) + 1,
                      .key = key,
                      .message = std::move(message)});
  }
  void expected(const Field& f, const std::string& what) {
    error(f.mark(), f.path, fmt::format("expected {}, got {}", what, got(f.value)));
  }
  Fields fields(const Field& map, const std::vector<std::string>& allowed, const std::string& noun = "key",
                const std::string& owner = "");
  const Field* need(const Fields& f, const Field& parent, const std::string& name, const char* needs);
  bool is_map(const Field& f, const std::string& what);
  bool is_list(const Field& f, const std::string& what);
  std::optional<std::string> text(const Field& f, const std::string& what);
  std::optional<double> number(const Field& f, const std::string& what, bool (*ok)(double));

  void read_defaults(const Field& f);
  void read_points(const Field& f, double& out);
  void read_visibility(const Field& f, Visibility& out);
  void read_limits(const Field& f, Limits& out);
  void read_problem(const Field& f, Spec& spec);
  void read_id(const Fields& f, const Field& p, Problem& problem);
  void read_parts(const Fields& f, const Field& p, Problem& problem, bool in_folder);
  bool read_folder(const Field& id, Problem& problem);
  void read_overrides(const Fields& f, Problem& problem);
  void read_tests(const Field& tests, Problem& problem, bool entry_ok);
  void read_declarations(const Field& f, Problem& problem);
  void read_declaration(const Field& f, Declaration& out);
  void read_returns(const Field& f, Declaration& out);
  void read_row(const Field& f, Declaration& out);
  void read_families(const Field& f, Declaration& out);
  void unique(const Field& f, const std::string& name, std::map<std::string, int>& seen, const char* what);
  bool read_entry(const Field& f, const std::string& problem, std::string& out);
  void read_test(const Field& f, Problem& problem, bool problem_entry_ok);
  void read_inputs(const Field& f, const EntryRule* entry, Test& test);
  void read_input(const Field& f, const InputRule& rule, std::map<std::string, std::size_t>& dims, Test& test);
  void read_checks(const Field& f, const EntryRule* entry, Test& test);
  void read_check(const Field& f, const EntryRule* entry, std::map<std::string, int>& seen, Test& test);
  void read_check_args(const Field& f, const CheckRule& rule, Check& check);
  void default_field(const Field& f, const std::vector<ResultField>& fields, Check& check);
  void read_vary(const Field& f, const EntryRule* entry, Test& test);
};

// The map's fields by key; unknown and repeated keys are errors. The message says
// "unknown input 'momentum' (gd_1d takes: ...)" when there is an owner, else "(allowed: ...)".
Fields Loader::fields(const Field& map, const std::vector<std::string>& allowed, const std::string& noun,
                      const std::string& owner) {
  Fields out;
  for (auto it = map.value.begin(); it != map.value.end(); ++it) {
    const std::string name = it->first.IsScalar() ? it->first.Scalar() : got(it->first);
    const Field f{it->first, it->second, child(map.path, name)};
    if (!contains(allowed, name)) {
      error(f.key.Mark(), f.path,
            fmt::format("unknown {} '{}' ({}: {})", noun, name, owner.empty() ? "allowed" : owner + " takes",
                        allowed.empty() ? "none" : join(allowed)));
    } else if (const auto first = out.find(name); first != out.end()) {
      error(f.key.Mark(), f.path,
            fmt::format("'{}' is given twice (first at line {})", name, first->second.key.Mark().line + 1));
    } else {
      out.emplace(name, f);
    }
  }
  return out;
}

const Field* Loader::need(const Fields& f, const Field& parent, const std::string& name, const char* needs) {
  const auto it = f.find(name);
  if (it != f.end()) return &it->second;
  error(parent.mark(), child(parent.path, name), fmt::format("missing: {}", needs));
  return nullptr;
}

bool Loader::is_map(const Field& f, const std::string& what) {
  if (!f.value.IsMap()) expected(f, what);
  return f.value.IsMap();
}

bool Loader::is_list(const Field& f, const std::string& what) {
  const bool ok = f.value.IsSequence() && f.value.size() > 0;
  if (!ok) expected(f, what);
  return ok;
}

std::optional<std::string> Loader::text(const Field& f, const std::string& what) {
  if (f.value.IsScalar() && !f.value.Scalar().empty()) return f.value.Scalar();
  expected(f, what);
  return std::nullopt;
}

std::optional<double> Loader::number(const Field& f, const std::string& what, bool (*ok)(double)) {
  const auto v = as_number(f.value);
  if (v && std::isfinite(*v) && ok(*v)) return v;
  expected(f, what);
  return std::nullopt;
}

std::optional<Spec> Loader::load(const Node& root) {
  const Field top{root, root, ""};
  if (!is_map(top, "a map with keys assignment, defaults, problems")) return std::nullopt;
  const Fields f = fields(top, {"assignment", "defaults", "problems"});
  Spec spec;
  spec.file = file_;
  if (const auto* a = need(f, top, "assignment", "the spec needs assignment and problems"))
    spec.assignment = text(*a, "the assignment's name").value_or("");
  // Defaults first, wherever they are in the file: every test starts from them.
  if (f.contains("defaults")) read_defaults(f.at("defaults"));
  if (const auto* p = need(f, top, "problems", "the spec needs assignment and problems");
      p && is_list(*p, "a non-empty list of problems"))
    for (std::size_t i = 0; i < p->value.size(); ++i) read_problem(item(*p, i), spec);
  if (!errors.empty()) return std::nullopt;
  return spec;
}

void Loader::read_defaults(const Field& d) {
  if (!is_map(d, "a map with keys points, visibility, limits")) return;
  const Fields f = fields(d, {"points", "visibility", "limits"});
  if (f.contains("points")) read_points(f.at("points"), defaults_.points);
  if (f.contains("visibility")) read_visibility(f.at("visibility"), defaults_.visibility);
  if (f.contains("limits")) read_limits(f.at("limits"), defaults_.limits);
}

void Loader::read_points(const Field& f, double& out) {
  if (const auto v = number(f, "a number >= 0", [](double x) { return x >= 0; })) out = *v;
}

void Loader::read_visibility(const Field& f, Visibility& out) {
  const auto v = f.value.IsScalar() ? visibility_from_string(f.value.Scalar()) : std::nullopt;
  if (!v) return expected(f, visibility_choices());
  out = *v;
}

// Only the keys given change: a test's limits are merged over the defaults.
void Loader::read_limits(const Field& l, Limits& out) {
  if (!is_map(l, "a map with keys time, memory_mb, output_kb")) return;
  const Fields f = fields(l, {"time", "memory_mb", "output_kb"});
  const auto seconds = [](double x) { return x > 0; };
  const auto size = [](double x) { return x > 0 && x <= 1048576; };  // the bytes must fit a long
  const std::string sized = "a number > 0 and at most 1048576";
  std::optional<double> v;
  if (f.contains("time") && (v = number(f.at("time"), "a number of seconds > 0", seconds))) out.time_seconds = *v;
  if (f.contains("memory_mb") && (v = number(f.at("memory_mb"), sized, size)))
    out.memory_bytes = std::lround(*v * 1048576);
  if (f.contains("output_kb") && (v = number(f.at("output_kb"), sized, size)))
    out.output_bytes = std::lround(*v * 1024);
}

void Loader::unique(const Field& f, const std::string& name, std::map<std::string, int>& seen, const char* what) {
  const auto [it, fresh] = seen.emplace(name, f.mark().line + 1);
  if (!fresh) error(f.mark(), f.path, fmt::format("duplicate {} '{}' (first at line {})", what, name, it->second));
}

void Loader::read_problem(const Field& p, Spec& spec) {
  if (!is_map(p, "a problem: a map with keys id, title, source, entry, entries, tests")) return;
  const Fields f = fields(p, {"id", "title", "source", "entry", "entries", "tests"});
  Problem problem;
  problem.line = p.mark().line + 1;
  declared_.clear();
  declared_fields_.clear();
  read_id(f, p, problem);
  // Declared here (a student repository's spec), or the problem's folder with what the spec overrides.
  if (f.contains("entries") || problem.id.empty()) read_parts(f, p, problem, false);
  else if (read_folder(f.at("id"), problem)) read_overrides(f, problem);
  spec.problems.push_back(std::move(problem));
}

void Loader::read_id(const Fields& f, const Field& p, Problem& problem) {
  const auto* id = need(f, p, "id", "a problem needs an id");
  if (!id) return;
  const auto text_id = text(*id, "an id of [a-z0-9_]+");
  if (text_id && !is_problem_id(*text_id)) return expected(*id, "an id of [a-z0-9_]+");
  if (text_id) unique(*id, *text_id, problem_ids_, "problem id");
  problem.id = text_id.value_or("");
}

// Everything but the id: from the spec, or from the problem's own problem.yaml (where the source
// may be left to its default, exercises/<id>.cpp).
void Loader::read_parts(const Fields& f, const Field& p, Problem& problem, bool in_folder) {
  const char* needs =
      in_folder ? "a problem.yaml needs entries, title and tests" : "a problem needs id, title, source and tests";
  // Its harness is generated from its entries: a problem without them could never run.
  if (const auto* entries = need(f, p, "entries", "a problem declares its entries (what the harness calls)"))
    read_declarations(*entries, problem);
  if (const auto* title = need(f, p, "title", needs)) problem.title = text(*title, "a title").value_or("");
  if (in_folder && !f.contains("source")) problem.source = default_source(problem.id);
  else if (const auto* source = need(f, p, "source", needs)) {
    problem.source = text(*source, "a path").value_or("");
    if (!problem.source.empty() && !is_source_path(problem.source))
      expected(*source, "a relative path to a .cpp file without '..', e.g. exercises/gd_1d.cpp");
  }
  for (auto& rule : declared_) rule.harness = problem.id;
  const bool entry_ok = !f.contains("entry") || read_entry(f.at("entry"), problem.id, problem.entry);
  if (const auto* tests = need(f, p, "tests", needs)) read_tests(*tests, problem, entry_ok);
}

void Loader::read_tests(const Field& tests, Problem& problem, bool entry_ok) {
  if (!is_list(tests, "a non-empty list of tests")) return;
  for (std::size_t i = 0; i < tests.value.size(); ++i) read_test(item(tests, i), problem, entry_ok);
}

// problems/<id>/problem.yaml, its errors under its own name. False when there is none to read.
bool Loader::read_folder(const Field& id, Problem& problem) {
  const auto file = problem_file(problems_, problem.id);
  const auto yaml = text::read_file(file.string());
  if (!yaml) {
    error(id.mark(), id.path,
          fmt::format("problem '{0}' declares no entries here and has no folder ({1} cannot be read): add "
                      "problems/{0}/ (`gdlab new {0}` starts one) or declare its entries here",
                      problem.id, file.string()));
    return false;
  }
  const std::string spec_file = std::exchange(file_, file.string());
  try {
    if (!find_aliases(*yaml).empty()) {
      error({}, "", "YAML aliases (*name) are not allowed in a problem.yaml: write the value out in full");
    } else {
      const Node root = YAML::Load(*yaml);
      const Field top{root, root, ""};
      if (is_map(top, "a map with keys title, source, entry, entries, tests"))
        read_parts(fields(top, {"title", "source", "entry", "entries", "tests"}), top, problem, true);
    }
  } catch (const YAML::Exception& e) {
    error(e.mark, "", "YAML syntax error: " + e.msg);
  }
  file_ = spec_file;
  return true;
}

// What the assignment spec says of a folder's problem replaces the folder's: its title, source,
// entry, or its tests (all of them: the spec's list is the problem's list).
void Loader::read_overrides(const Fields& f, Problem& problem) {
  if (f.contains("title")) problem.title = text(f.at("title"), "a title").value_or(problem.title);
  if (f.contains("source")) {
    problem.source = text(f.at("source"), "a path").value_or(problem.source);
    if (!is_source_path(problem.source))
      expected(f.at("source"), "a relative path to a .cpp file without '..', e.g. exercises/gd_1d.cpp");
  }
  const bool entry_ok = !f.contains("entry") || read_entry(f.at("entry"), problem.id, problem.entry);
  if (!f.contains("tests")) return;
  for (const auto& t : problem.tests) test_names_.erase(t.name);
  problem.tests.clear();
  read_tests(f.at("tests"), problem, entry_ok);
}

const EntryRule* Loader::lookup(const std::string& name) const {
  for (const auto& rule : declared_)
    if (rule.name == name) return &rule;
  return nullptr;
}

std::vector<std::string> Loader::known_entries() const {
  std::vector<std::string> names;
  for (const auto& rule : declared_) names.push_back(rule.name);
  return names;
}

bool is_identifier(const std::string& s) {
  return !s.empty() && !std::isdigit(static_cast<unsigned char>(s[0])) && std::all_of(s.begin(), s.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
  });
}

// `entries: {name: {inputs: {...}, returns: ..., reference: ...}}`: the problem's own entries,
// in order. Their rules replace the built-in table for this problem's tests.
void Loader::read_declarations(const Field& e, Problem& problem) {
  if (!is_map(e, "a map from entry name to its inputs, returns and reference") || e.value.size() == 0) return;
  std::map<std::string, int> seen;
  for (auto it = e.value.begin(); it != e.value.end(); ++it) {
    const Field f{it->first, it->second, child(e.path, it->first.Scalar())};
    Declaration d;
    d.name = it->first.IsScalar() ? it->first.Scalar() : "";
    d.line = f.mark().line + 1;
    if (!is_identifier(d.name)) {
      error(f.key.Mark(), f.path, fmt::format("expected an entry name that is a C++ identifier, got '{}'", d.name));
      continue;
    }
    unique(f, d.name, seen, "entry");
    read_declaration(f, d);
    problem.declared.push_back(std::move(d));
  }
  for (std::size_t i = 0; i < problem.declared.size(); ++i) {
    const auto& d = problem.declared[i];
    const Node node = e.value[d.name];
    const Field f{node, node, child(e.path, d.name)};
    if (const auto why = check_reference(d); !why.empty() && !d.inputs.empty() && !d.returns.empty())
      error(f.mark(), child(f.path, "reference"), why);
    if (const auto why = check_gradient(d, problem.declared); !why.empty())
      error(f.mark(), child(f.path, "gradient"), why);
    for (const auto family : d.families)
      if (const auto why = check_family(family, d); !why.empty()) error(f.mark(), child(f.path, "families"), why);
    declared_.push_back(rule_for(d, ""));
    declared_fields_[d.name] = d.returns;
  }
}

void Loader::read_declaration(const Field& f, Declaration& d) {
  if (!is_map(f, "a map with keys inputs, returns, reference, gradient, loss, row, families")) return;
  const Fields keys = fields(f, {"inputs", "returns", "reference", "gradient", "loss", "row", "families"});
  const char* needs = "an entry needs inputs, returns and reference";
  if (const auto* in = need(keys, f, "inputs", needs); in && is_map(*in, "a map from input name to its kind")) {
    int targets = 0;
    for (auto it = in->value.begin(); it != in->value.end(); ++it) {
      const Field p{it->first, it->second, child(in->path, it->first.Scalar())};
      const std::string name = it->first.Scalar();
      const auto kind = p.value.IsScalar() ? param_kind(p.value.Scalar()) : std::nullopt;
      if (!is_identifier(name))
        error(p.key.Mark(), p.path, fmt::format("expected an input name that is a C++ identifier, got '{}'", name));
      else if (!kind) expected(p, "an input kind (" + join(param_kind_names()) + ")");
      else if (std::any_of(d.inputs.begin(), d.inputs.end(), [&](const Param& q) { return q.name == name; }))
        error(p.key.Mark(), p.path, fmt::format("input '{}' is given twice", name));
      else {
        const bool target = *kind == ParamKind::objective || *kind == ParamKind::function_1d ||
                            *kind == ParamKind::dataset || *kind == ParamKind::dataset_1d;
        if (target && ++targets > 1)
          error(p.key.Mark(), p.path, "an entry takes at most one objective, function_1d or dataset");
        d.inputs.push_back({name, *kind});
      }
    }
    const bool dataset = std::any_of(d.inputs.begin(), d.inputs.end(), [](const Param& q) {
      return q.kind == ParamKind::dataset || q.kind == ParamKind::dataset_1d;
    });
    for (const auto& q : d.inputs)
      if (dataset && (q.name == "X" || q.name == "y"))
        error(in->mark(), child(in->path, q.name),
              "X and y are the dataset's own parameters: name this input otherwise");
  }
  if (const auto* r = need(keys, f, "returns", needs)) read_returns(*r, d);
  if (const auto* ref = need(keys, f, "reference", needs))
    d.reference = text(*ref, "solution, or a reference optimiser such as adam(beta1=beta1)").value_or("");
  if (keys.contains("gradient"))
    d.gradient = text(keys.at("gradient"), "the name of this problem's gradient entry").value_or("");
  if (keys.contains("loss")) {
    const auto word = text(keys.at("loss"), "mse or half_mse");
    const bool on_data = std::any_of(d.inputs.begin(), d.inputs.end(), [](const Param& q) {
      return q.kind == ParamKind::dataset || q.kind == ParamKind::dataset_1d;
    });
    if (word && *word != "mse" && *word != "half_mse") expected(keys.at("loss"), "mse or half_mse");
    else if (word && !on_data)
      error(keys.at("loss").mark(), keys.at("loss").path, "a loss belongs to an entry on a dataset");
    else if (word) d.loss = *word == "mse" ? Loss::mse : Loss::half_mse;
  }
  const bool rows =
      std::any_of(d.returns.begin(), d.returns.end(), [](const ResultField& r) { return r.kind == FieldKind::rows; });
  if (keys.contains("row")) {
    if (!rows) error(keys.at("row").mark(), keys.at("row").path, "a row belongs to an entry that returns rows");
    else read_row(keys.at("row"), d);
  } else if (rows) {
    error(f.mark(), child(f.path, "row"), "missing: an entry that returns rows says what a row holds");
  }
  if (keys.contains("families")) read_families(keys.at("families"), d);
}

// `row: {lr: number, w: number, final_cost: number, label: [too_slow, converges, diverges]}`:
// its number members, and the enum member with its enumerators in the order the header declares.
void Loader::read_row(const Field& r, Declaration& d) {
  if (!is_map(r, "a map from member name to number, or to the list of an enum's enumerators")) return;
  for (auto it = r.value.begin(); it != r.value.end(); ++it) {
    const Field m{it->first, it->second, child(r.path, it->first.Scalar())};
    const std::string name = it->first.Scalar();
    if (!is_identifier(name)) {
      error(m.key.Mark(), m.path, "expected a member name that is a C++ identifier");
    } else if (m.value.IsScalar() && m.value.Scalar() == "number") {
      d.row.numbers.push_back(name);
    } else if (m.value.IsSequence() && m.value.size() > 0 && d.row.label.empty()) {
      d.row.label = name;
      for (const auto& e : m.value)
        if (e.IsScalar() && is_identifier(e.Scalar())) d.row.labels.push_back(e.Scalar());
        else expected(m, "a list of the enum's enumerators, as C++ identifiers");
    } else {
      expected(m, d.row.label.empty() ? "number, or the list of an enum's enumerators" : "number (a row has one enum)");
    }
  }
  if (d.row.numbers.empty()) error(r.mark(), r.path, "a row needs at least one number member");
}

// `families: [stops_early]`: named mistakes whose value varies, recognised by the grader.
void Loader::read_families(const Field& f, Declaration& d) {
  std::vector<std::string> words;
  for (const auto& w : spec::families()) words.push_back(w.word);
  if (!is_list(f, "a list of mistake families (" + join(words) + ")")) return;
  for (std::size_t i = 0; i < f.value.size(); ++i) {
    const Field w = item(f, i);
    const auto family = w.value.IsScalar() ? family_of(w.value.Scalar()) : std::nullopt;
    if (!family) expected(w, "a mistake family (" + join(words) + ")");
    else d.families.push_back(*family);
  }
}

// `returns: path`, or a record `returns: {path: path, lengths: numbers}` (a struct's members).
void Loader::read_returns(const Field& r, Declaration& d) {
  const std::string kinds = join(field_kind_names());
  if (r.value.IsScalar()) {
    const auto kind = field_kind(r.value.Scalar());
    // A record's parts (a coordinate of the path, a component of the gradient) need a record.
    const bool alone = kind && *kind != FieldKind::coordinate && *kind != FieldKind::component &&
                       *kind != FieldKind::steps && *kind != FieldKind::converged && *kind != FieldKind::costs;
    if (alone) return d.returns.push_back({r.value.Scalar(), *kind});
    return expected(r, "a result kind (path, number, vector, numbers, rows) or a record {name: kind, ...}");
  }
  if (!is_map(r, "a result kind (" + kinds + ") or a record {name: kind, ...}")) return;
  d.record = true;
  int paths = 0;
  for (auto it = r.value.begin(); it != r.value.end(); ++it) {
    const Field m{it->first, it->second, child(r.path, it->first.Scalar())};
    const bool known = m.value.IsScalar() && field_kind(m.value.Scalar()).has_value();
    const FieldKind kind = known ? field_kind(m.value.Scalar()).value_or(FieldKind::path) : FieldKind::path;
    if (!is_identifier(it->first.Scalar()))
      error(m.key.Mark(), m.path, "expected a member name that is a C++ identifier");
    else if (!known) expected(m, "a field kind (" + kinds + ")");
    else if (kind == FieldKind::path && ++paths > 1) error(m.key.Mark(), m.path, "a record has at most one path");
    else if (kind == FieldKind::rows) error(m.key.Mark(), m.path, "rows are a whole result, not a record's member");
    else d.returns.push_back({it->first.Scalar(), kind});
  }
  const auto count = [&](FieldKind k) {
    return std::count_if(d.returns.begin(), d.returns.end(), [k](const ResultField& x) { return x.kind == k; });
  };
  if (count(FieldKind::coordinate) > 0 && paths > 0)
    error(r.mark(), r.path, "a record's path is a path member or its coordinates, not both");
  if (count(FieldKind::component) > 0 && count(FieldKind::component) != static_cast<long>(d.returns.size()))
    error(r.mark(), r.path, "a gradient's components make the whole record: nothing else beside them");
  if ((count(FieldKind::steps) > 0 || count(FieldKind::converged) > 0) && paths == 0)
    error(r.mark(), r.path, "steps and converged stand beside the path they describe");
}

// An entry must exist and be served by the problem's harness, or the test could never run.
// False when it is wrong: its tests' inputs are then not held to it, which would only repeat
// the one mistake as a list of missing and unknown inputs.
bool Loader::read_entry(const Field& f, const std::string& problem, std::string& out) {
  const auto name = text(f, "an entry (" + join(known_entries()) + ")");
  out = name.value_or("?");  // set even when wrong, so the problem's tests do not each report it missing
  const EntryRule* entry = name ? lookup(*name) : nullptr;
  const auto served = known_entries();
  if (name && !entry)
    error(f.mark(), f.path, fmt::format("unknown entry '{}' (known: {})", *name, join(known_entries())));
  else if (entry && !served.empty() && entry->harness != problem)
    error(f.mark(), f.path,
          fmt::format("entry '{}' is not served by the {} harness (it serves: {})", *name, problem, join(served)));
  else return entry != nullptr;
  return false;
}

void Loader::read_test(const Field& t, Problem& problem, bool problem_entry_ok) {
  if (!is_map(t, "a test: a map with keys name, entry, points, visibility, limits, inputs, checks, vary")) return;
  const Fields f = fields(t, {"name", "entry", "points", "visibility", "limits", "inputs", "checks", "vary"});
  const char* needs = "a test needs name, inputs and checks";
  Test test = defaults_;
  test.line = t.mark().line + 1;
  if (const auto* name = need(f, t, "name", needs)) {
    test.name = text(*name, "a test name").value_or("");
    if (!test.name.empty()) unique(*name, test.name, test_names_, "test name");
  }
  bool entry_ok = problem_entry_ok;
  if (f.contains("entry")) entry_ok = read_entry(f.at("entry"), problem.id, test.entry);
  else if (!problem.entry.empty()) test.entry = problem.entry;
  else error(t.mark(), child(t.path, "entry"), "missing: name an entry here or on the problem");
  if (f.contains("points")) read_points(f.at("points"), test.points);
  if (f.contains("visibility")) read_visibility(f.at("visibility"), test.visibility);
  if (f.contains("limits")) read_limits(f.at("limits"), test.limits);
  const EntryRule* entry = entry_ok ? lookup(test.entry) : nullptr;  // null: check what we can
  if (const auto* in = need(f, t, "inputs", needs)) read_inputs(*in, entry, test);
  if (const auto* checks = need(f, t, "checks", needs)) read_checks(*checks, entry, test);
  if (f.contains("vary")) read_vary(f.at("vary"), entry, test);
  problem.tests.push_back(std::move(test));
}

// Without a valid entry (already reported) there is nothing to hold the inputs to.
void Loader::read_inputs(const Field& in, const EntryRule* entry, Test& test) {
  if (!is_map(in, "a map of inputs") || !entry) return;
  const auto names = input_names(*entry);
  const Fields f = fields(in, names, "input", entry->name);
  std::map<std::string, std::size_t> dims;  // of the objective and dataset inputs, for list lengths
  for (const auto& rule : entry->inputs) {
    if (f.contains(rule.name)) read_input(f.at(rule.name), rule, dims, test);
    else error(in.mark(), child(in.path, rule.name), fmt::format("missing: {} needs {}", entry->name, join(names)));
  }
}

void Loader::read_input(const Field& f, const InputRule& rule, std::map<std::string, std::size_t>& dims, Test& test) {
  const auto value = to_value(f.value);
  if (!value) return expected(f, describe(rule));
  std::optional<std::size_t> length;
  if (const auto it = dims.find(rule.length_of); it != dims.end()) length = it->second;
  if (const auto problem = check_value(rule, *value, length); !problem.empty()) return error(f.mark(), f.path, problem);
  if (rule.kind == InputKind::objective || rule.kind == InputKind::dataset) {
    const auto named = check_name(rule, std::get<std::string>(*value));
    if (!named.error.empty()) return error(f.mark(), f.path, named.error);
    dims[rule.name] = named.dim;
  }
  test.inputs[rule.name] = *value;
}

void Loader::read_checks(const Field& c, const EntryRule* entry, Test& test) {
  if (!is_list(c, "a non-empty list of checks, e.g. - trajectory: {atol: 1e-9}")) return;
  std::map<std::string, int> seen;
  for (std::size_t i = 0; i < c.value.size(); ++i) read_check(item(c, i), entry, seen, test);
}

// A check is `- kind: {args}`, `- kind:` or just `- kind`: one kind per list item.
void Loader::read_check(const Field& c, const EntryRule* entry, std::map<std::string, int>& seen, Test& test) {
  Field args{c.value, Node(), ""};
  if (c.value.IsMap() && c.value.size() == 1) {
    args = {c.value.begin()->first, c.value.begin()->second, ""};
  } else if (c.value.IsMap()) {
    std::vector<std::string> kinds;
    for (const auto& kv : c.value) kinds.push_back(kv.first.Scalar());
    return error(c.mark(), c.path,
                 fmt::format("a check has one kind, got {} keys ({}): write each check as "
                             "its own list item",
                             kinds.size(), join(kinds)));
  } else if (!c.value.IsScalar()) {
    return expected(c, "a check such as `trajectory: {atol: 1e-9}`");
  }
  Check check;
  check.kind = args.key.Scalar();
  check.line = c.mark().line + 1;
  args.path = child(c.path, check.kind);
  const CheckRule* rule = find_check(check.kind);
  if (!rule)
    return error(args.key.Mark(), args.path,
                 fmt::format("unknown check '{}' (known: {})", check.kind, join(check_kinds())));
  if (entry && !contains(entry->checks, check.kind))
    error(args.key.Mark(), args.path,
          fmt::format("check '{}' is not allowed for entry {} (allowed: {})", check.kind, entry->name,
                      join(entry->checks)));
  if (const auto [it, fresh] = seen.emplace(check.kind, check.line); !fresh)
    error(args.key.Mark(), args.path,
          fmt::format("check '{}' is given twice in this test (first at line {})", check.kind, it->second));
  const auto declared = entry ? declared_fields_.find(entry->name) : declared_fields_.end();
  fields_.clear();
  if (declared != declared_fields_.end())
    for (const auto& field : declared->second) fields_.push_back(field.name);
  read_check_args(args, *rule, check);
  if (declared != declared_fields_.end() && find_arg(*rule, "field") && !check.words.contains("field"))
    default_field(args, declared->second, check);
  test.checks.push_back(std::move(check));
}

// `matches` without a field compares the entry's only result; `shrinks` and
// `proportional_to_slope` read its only list of numbers.
void Loader::default_field(const Field& f, const std::vector<ResultField>& fields, Check& check) {
  std::vector<std::string> candidates;
  for (const auto& field : fields)
    if (check.kind == "matches" || field.kind == FieldKind::numbers) candidates.push_back(field.name);
  if (candidates.size() == 1) check.words["field"] = candidates.front();
  else
    error(f.mark(), child(f.path, "field"),
          candidates.empty()
              ? fmt::format("check '{}' needs a list of numbers, and this entry returns none", check.kind)
              : fmt::format("missing: name the field to check ({})", join(candidates)));
}

void Loader::read_check_args(const Field& a, const CheckRule& rule, Check& check) {
  const auto names = arg_names(rule);
  Fields f;
  if (a.value.IsMap()) f = fields(a, names, "argument", rule.name);
  else if (a.value.IsDefined() && !a.value.IsNull())
    return expected(a, names.empty() ? "no arguments" : "a map of arguments (" + join(names) + ")");
  for (const auto& arg : rule.args) {
    const auto it = f.find(arg.name);
    if (it == f.end()) {
      if (arg.required)
        error(a.mark(), child(a.path, arg.name), fmt::format("missing: {} needs {}", rule.name, arg.name));
      continue;
    }
    const Field& v = it->second;
    if (arg.rule == ArgRule::field) {
      const std::string word = v.value.IsScalar() ? v.value.Scalar() : "";
      if (contains(fields_, word)) check.words[arg.name] = word;
      else
        expected(v, fields_.empty() ? std::string("no field: this entry returns no record")
                                    : "a result field (" + join(fields_) + ")");
    } else if (arg.rule == ArgRule::against) {
      const std::string word = v.value.IsScalar() ? v.value.Scalar() : "";
      if (word == "reference" || word == "optimum") check.words[arg.name] = word;
      else expected(v, describe(arg.rule));
    } else if (const auto x = as_number(v.value); x && accepts(arg.rule, *x)) {
      check.numbers[arg.name] = *x;
    } else {
      expected(v, describe(arg.rule));
    }
  }
}

// The aliases (*name) in the first document, found from the parser's events. yaml-cpp shares
// the anchored node, but the loader reads it again at each alias: a few KB of aliases to lists
// of aliases made a million tests and 18 s, 470 MB in `gdlab validate` ("billion laughs").
class AliasFinder : public YAML::EventHandler {
 public:
  std::vector<YAML::Mark> aliases;
  void OnAlias(const YAML::Mark& mark, YAML::anchor_t) override { aliases.push_back(mark); }
  void OnDocumentStart(const YAML::Mark&) override {}
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark&, YAML::anchor_t) override {}
  void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t, const std::string&) override {}
  void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {}
  void OnSequenceEnd() override {}
  void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {}
  void OnMapEnd() override {}
};

std::vector<YAML::Mark> find_aliases(const std::string& yaml_text) {
  std::istringstream in(yaml_text);
  YAML::Parser parser(in);
  AliasFinder finder;
  parser.HandleNextDocument(finder);
  return finder.aliases;
}

// `vary: {x0: [-5, 5], lr: [0.05, 0.2], data: {seed: student}}`: per-student inputs. A range's
// ends must both fit the input (so every draw does); a dataset's seed may be drawn. Checks with a
// fixed expected value cannot hold for every draw, so they are refused here.
void Loader::read_vary(const Field& v, const EntryRule* entry, Test& test) {
  if (!is_map(v, "a map of inputs to vary, e.g. {x0: [-5, 5], data: {seed: student}}") || !entry) return;
  const Fields f = fields(v, input_names(*entry), "input", entry->name);
  for (const auto& rule : entry->inputs) {
    if (!f.contains(rule.name)) continue;
    const Field& r = f.at(rule.name);
    Variation var;
    var.input = rule.name;
    if (rule.kind == InputKind::dataset) {
      const Node seed = r.value.IsMap() && r.value.size() == 1 ? r.value["seed"] : Node();
      if (!seed.IsDefined() || !seed.IsScalar() || seed.Scalar() != "student") return expected(r, "{seed: student}");
      var.student_seed = true;
    } else if (rule.kind == InputKind::objective) {
      return error(r.mark(), r.path, "an objective cannot vary: vary the start, the rate or the data's seed");
    } else {
      const bool pair = r.value.IsSequence() && r.value.size() == 2;
      const auto low = pair ? as_number(r.value[0]) : std::nullopt, high = pair ? as_number(r.value[1]) : std::nullopt;
      const std::string what =
          "a range [low, high] whose ends are each " +
          (rule.kind == InputKind::list ? std::string(rule.positive_items ? "a number > 0" : "a finite number")
                                        : describe(rule));
      const auto fits = [&](double x) {
        return rule.kind == InputKind::list ? std::isfinite(x) && (!rule.positive_items || x > 0)
                                            : check_value(rule, Value(x)).empty();
      };
      var.low = low.value_or(NAN);
      var.high = high.value_or(NAN);
      if (!fits(var.low) || !fits(var.high) || var.low > var.high) return expected(r, what);
      var.whole = rule.kind == InputKind::whole || rule.kind == InputKind::count;
    }
    test.vary.push_back(var);
  }
  for (const auto& check : test.checks) {
    const bool varies_more_than_start =
        std::any_of(test.vary.begin(), test.vary.end(), [](const Variation& x) { return x.input != "x0"; });
    if (test.vary.empty()) break;
    if ((check.kind == "final_loss" && check.numbers.contains("expected")) ||
        (check.kind == "rate" && varies_more_than_start))
      error(v.mark(), v.path,
            fmt::format("check '{}' has a fixed expected value, which cannot hold for every "
                        "student's inputs: drop `expected` (the reference computes each "
                        "student's), or vary only x0",
                        check.kind));
  }
}

}  // namespace

LoadResult parse_spec(const std::string& yaml_text, const std::string& file_name,
                      const std::filesystem::path& problems) {
  Loader loader(file_name, problems_folder(problems));
  LoadResult result;
  try {
    const auto aliases = find_aliases(yaml_text);
    for (const auto& at : aliases)
      loader.errors.push_back(
          {.file = file_name,
           .line = at.line + 1,
           .column = at.column + 1,
           .message = "YAML aliases (*name) are not allowed in a spec: write the value out in full"});
    if (aliases.empty()) result.spec = loader.load(YAML::Load(yaml_text));
  } catch (const YAML::DeepRecursion& e) {  // its own message for this is just "bad file"
    loader.errors.push_back({.file = file_name,
                             .line = std::max(e.mark.line, 0) + 1,
                             .column = std::max(e.mark.column, 0) + 1,
                             .message = "YAML syntax error: nested too deeply"});
    result.spec.reset();
  } catch (const YAML::Exception& e) {  // syntax: yaml-cpp stops at the first
    loader.errors.push_back({.file = file_name,
                             .line = std::max(e.mark.line, 0) + 1,
                             .column = std::max(e.mark.column, 0) + 1,
                             .message = "YAML syntax error: " + e.msg});
    result.spec.reset();
  }
  result.errors = std::move(loader.errors);
  std::stable_sort(result.errors.begin(), result.errors.end(), [](const SpecError& a, const SpecError& b) {
    return std::tie(a.line, a.column) < std::tie(b.line, b.column);
  });
  return result;
}

LoadResult load_spec(const std::string& path, const std::filesystem::path& problems) {
  const auto yaml = text::read_file(path);
  if (!yaml) return {std::nullopt, {{path, 0, 0, "", fmt::format("cannot read the spec: {}", std::strerror(errno))}}};
  return parse_spec(*yaml, path, problems);
}

}  // namespace gdlab::spec
