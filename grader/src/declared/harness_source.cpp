#include "declared/harness_source.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>

#include "declared/signature_check.hpp"
#include "spec/declared.hpp"

namespace gdlab::declared {
namespace {

using spec::Declaration;
using spec::FieldKind;
using spec::ParamKind;

// The expression that reads input `p` from the request, as the function's parameter wants it.
std::string read_input(const spec::Param& p) {
  const std::string at = fmt::format("in.at(\"{}\")", p.name);
  switch (p.kind) {
    case ParamKind::number:
    case ParamKind::positive:
    case ParamKind::fraction: return "as_number(" + at + ")";
    case ParamKind::whole:
    case ParamKind::count: return "as_whole(" + at + ")";
    case ParamKind::vector: return "as_vector(" + at + ")";
    case ParamKind::numbers:
    case ParamKind::rates: return "as_numbers(" + at + ")";
    case ParamKind::objective: return "objective(" + at + ")";
    case ParamKind::function_1d: return "function_1d(" + at + ")";
    case ParamKind::dataset: return fmt::format("data_{0}.X, data_{0}.y", p.name);
    case ParamKind::dataset_1d: return fmt::format("data_{0}.X.col(0), data_{0}.y", p.name);
  }
  return "";
}

// The call's arguments; for the student's own gradient along outer's path, the inputs outer
// does not take are the point: `point` itself (one vector) or its coordinates (numbers).
std::string arguments(const Declaration& d, const Declaration* outer = nullptr, const std::string& point = "") {
  std::string out;
  int coordinate = 0;
  for (const auto& p : d.inputs) {
    const bool own = outer && std::none_of(outer->inputs.begin(), outer->inputs.end(),
                                           [&](const spec::Param& q) { return q.name == p.name && q.kind == p.kind; });
    std::string arg = read_input(p);
    if (own) arg = p.kind == ParamKind::vector ? point : fmt::format("{}({})", point, coordinate++);
    out += (out.empty() ? "" : ", ") + arg;
  }
  return out;
}

std::string datasets(const Declaration& d) {
  std::string out;
  for (const auto& p : d.inputs)
    if (p.kind == ParamKind::dataset || p.kind == ParamKind::dataset_1d)
      out += fmt::format("      const gdlab::Dataset data_{0} = dataset(in.at(\"{0}\"));\n", p.name);
  return out;
}

std::string member(const Declaration& d, const spec::ResultField& f) {
  return d.record ? "result." + f.name : "result";
}

// The path as points, when the entry returns one: its path member, or its coordinates zipped.
std::string path_expression(const Declaration& d) {
  std::vector<std::string> coordinates;
  for (const auto& f : d.returns) {
    if (f.kind == FieldKind::path) return "as_path(" + member(d, f) + ")";
    if (f.kind == FieldKind::coordinate) coordinates.push_back("&" + member(d, f));
  }
  if (coordinates.empty()) return "";
  return fmt::format("zipped({{{}}})", fmt::join(coordinates, ", "));
}

// The gradient as a JSON list: a vector, or a record's components in order.
std::string gradient_json(const Declaration& d, const std::string& value) {
  if (!d.record) return fmt::format("vector({})", value);
  std::vector<std::string> parts;
  for (const auto& f : d.returns) parts.push_back(fmt::format("number({}.{})", value, f.name));
  return fmt::format("Json::array({{{}}})", fmt::join(parts, ", "));
}

// A `rows` result: each row's numbers in the declared order and its label by the enumerator's
// position (one the declaration does not list reads as "?", which matches no label).
std::string send_rows(const Declaration& d) {
  std::vector<std::string> names, numbers, labels;
  for (const auto& n : d.row.numbers) {
    names.push_back(fmt::format("\"{}\"", n));
    numbers.push_back(fmt::format("number(r.{})", n));
  }
  for (const auto& l : d.row.labels) labels.push_back(fmt::format("\"{}\"", l));
  std::string out = fmt::format("      out[\"row_numbers\"] = Json::array({{{}}});\n", fmt::join(names, ", "));
  out += "      out[\"rows\"] = Json::array();\n      for (const auto& r : result) {\n";
  out += fmt::format("        Json row = {{{{\"numbers\", Json::array({{{}}})}}}};\n", fmt::join(numbers, ", "));
  if (!d.row.label.empty()) {
    out += fmt::format("        const std::vector<const char*> labels = {{{}}};\n", fmt::join(labels, ", "));
    out += fmt::format("        const auto at = static_cast<std::size_t>(r.{});\n", d.row.label);
    out += "        row[\"label\"] = at < labels.size() ? labels[at] : \"?\";\n";
  }
  return out + "        out[\"rows\"].push_back(row);\n      }\n";
}

// One field of the result into the payload, where the checks look: the path as "path", a single
// number as "value", a single vector or the components as "gradient", steps and converged as
// themselves, costs as "cost_history"; number, vector and numbers members also under "fields".
std::string send_field(const Declaration& d, const spec::ResultField& f) {
  const std::string expr = member(d, f);
  switch (f.kind) {
    case FieldKind::path: return fmt::format("      out[\"path\"] = path({});\n", expr);
    case FieldKind::number:
      return fmt::format("      out[\"fields\"][\"{0}\"] = Json::array({{number({1})}});\n", f.name, expr) +
             (d.record ? "" : fmt::format("      out[\"value\"] = number({});\n", expr));
    case FieldKind::vector:
      return fmt::format("      out[\"fields\"][\"{0}\"] = vector({1});\n", f.name, expr) +
             (d.record ? "" : fmt::format("      out[\"gradient\"] = vector({});\n", expr));
    case FieldKind::numbers: return fmt::format("      out[\"fields\"][\"{0}\"] = numbers({1});\n", f.name, expr);
    case FieldKind::steps: return fmt::format("      out[\"steps\"] = static_cast<int>({});\n", expr);
    case FieldKind::converged: return fmt::format("      out[\"converged\"] = static_cast<bool>({});\n", expr);
    case FieldKind::coordinate:
      return fmt::format("      out[\"coordinate_sizes\"].push_back({{\"{}\", {}.size()}});\n", f.name, expr);
    case FieldKind::component: return "";  // all of them at once: send_result
    case FieldKind::costs: return fmt::format("      out[\"cost_history\"] = numbers({});\n", expr);
    case FieldKind::rows: return send_rows(d);
  }
  return "";
}

std::string send_result(const Declaration& d) {
  std::string out;
  for (const auto& f : d.returns) out += send_field(d, f);
  if (spec::returns_gradient(d) && d.record)
    out += fmt::format("      out[\"gradient\"] = {};\n", gradient_json(d, "result"));
  const std::string path = path_expression(d);
  if (!path.empty() && std::none_of(d.returns.begin(), d.returns.end(),
                                    [](const spec::ResultField& f) { return f.kind == FieldKind::path; }))
    out += fmt::format("      out[\"path\"] = path({});\n", path);
  return out;
}

std::string entry_branch(const Declaration& d, const spec::Problem& problem) {
  std::string out = fmt::format("    if (entry == \"{}\") {{\n", d.name) + datasets(d);
  out += fmt::format("      const auto result = exercises::{}({});\n", d.name, arguments(d));
  out += "      Json out = Json::object();\n" + send_result(d);
  if (const auto* g = spec::find_declared(problem, d.gradient)) {
    // Part-by-part credit: the student's own gradient at each point of the path, so their loop
    // is judged apart from it. A gradient that fails (still a stub, throws) leaves the loop to
    // the other checks.
    out += fmt::format("      try {{\n        const gdlab::Path points = {};\n", path_expression(d));
    out += "        Json own = Json::array();\n";
    out += "        for (std::size_t k = 0; k + 1 < points.size(); ++k) {\n";
    out += fmt::format("          const auto own_k = exercises::{}({});\n", g->name, arguments(*g, &d, "points[k]"));
    out += fmt::format("          own.push_back({});\n        }}\n", gradient_json(*g, "own_k"));
    out += "        out[\"own_gradients\"] = own;\n      } catch (...) {\n      }\n";
  }
  return out + "      return out;\n    }\n";
}

}  // namespace

std::string header_name(const spec::Problem& problem) {
  return std::filesystem::path(problem.source).filename().replace_extension(".hpp").string();
}

std::string harness_source(const spec::Problem& problem) {
  std::string out = fmt::format(
      "// Generated by gdlab from the declaration of problem '{}' in the spec: do not edit.\n"
      "#include <stdexcept>\n#include <vector>\n\n#include \"{}\"\n#include \"protocol.hpp\"\n{}\n"
      "using namespace gdlab::harness;\n\n"
      "int main() {{\n  return serve([](const Json& entry, const Json& in) -> Json {{\n",
      problem.id, header_name(problem), signature_checks(problem));
  for (const auto& d : problem.declared) out += entry_branch(d, problem);
  // Names only reach here from the grader, which checked them against the spec.
  out += "    throw std::invalid_argument(\"no such entry\");\n  });\n}\n";
  return out;
}

}  // namespace gdlab::declared
