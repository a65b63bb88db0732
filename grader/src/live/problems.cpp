#include "live/problems.hpp"

#include "catalog/objectives.hpp"
#include "spec/declared.hpp"

namespace gdlab::live {
namespace {

// The dimension of the objective a test gives its input `objective`, or 0 when it names none the
// figures can draw.
int drawn_dim(const spec::Test& test, const std::string& objective) {
  const auto it = test.inputs.find(objective);
  if (it == test.inputs.end() || !std::holds_alternative<std::string>(it->second)) return 0;
  try {
    const auto dim =
        catalog::make_objective(catalog::NamedCall::parse(std::get<std::string>(it->second))).objective.dim;
    return dim == 1 || dim == 2 ? static_cast<int>(dim) : 0;
  } catch (const std::exception&) {
    return 0;
  }
}

// What an input of the entry may be: as its declaration says (a problem declared in the spec),
// else a fraction for the built-in momentum's beta and any number otherwise.
spec::ParamKind kind_of(const spec::Problem& p, const std::string& entry, const std::string& input) {
  for (const auto& d : p.declared)
    if (d.name == entry)
      for (const auto& param : d.inputs)
        if (param.name == input) return param.kind;
  return input == "beta" ? spec::ParamKind::fraction : spec::ParamKind::number;
}

std::optional<LabProblem> as_lab_problem(const spec::Problem& p, const spec::Test& t) {
  if (t.entry != p.entry || !t.inputs.contains("x0") || !t.inputs.contains("lr") || !t.inputs.contains("steps"))
    return std::nullopt;
  const std::string objective = spec::objective_input(p, p.entry);  // by its kind, whatever it is called
  if (objective.empty()) return std::nullopt;
  LabProblem lp{.id = p.id,
                .title = p.title,
                .source = p.source,
                .entry = p.entry,
                .objective_input = objective,
                .dim = drawn_dim(t, objective),
                .base = t,
                .problem = p};
  if (lp.dim == 0) return std::nullopt;
  for (const auto& [name, value] : t.inputs) {
    if (name == objective || name == "x0" || name == "lr" || name == "steps") continue;
    const auto* number = std::get_if<double>(&value);
    if (!number) return std::nullopt;  // a dataset, a list: not something a figure sets
    lp.params[name] = *number;
    lp.kinds[name] = kind_of(p, p.entry, name);
  }
  return lp;
}

}  // namespace

std::vector<LabProblem> lab_problems(const spec::Spec& spec) {
  std::vector<LabProblem> out;
  for (const auto& p : spec.problems)
    for (const auto& t : p.tests)
      if (auto lp = as_lab_problem(p, t)) {
        out.push_back(std::move(*lp));
        break;
      }
  return out;
}

const std::vector<FigureObjective>& figure_objectives() {
  // Windows as the chapter's widgets frame them: the minima, the course's starts and room to
  // click around them. path_plot widens the narrower side so both axes share one scale.
  static const std::vector<FigureObjective> list = {
      {"quadratic1d(a=1,c=0,d=0)", "x\u00b2 (Figure 6.1)", 1, std::nullopt},
      {"quadratic1d(a=1,c=3,d=5)", "(x \u2212 3)\u00b2 + 5 (Problem 2)", 1, std::nullopt},
      {"quadratic1d(a=2,c=-1,d=0)", "2(x + 1)\u00b2", 1, std::nullopt},
      {"bowl", "bowl x\u00b2 + y\u00b2", 2, std::array{-4.0, 4.0, -4.0, 4.0}},
      {"ellipse", "ellipse x\u00b2 + 4y\u00b2 (Problems 3, 4)", 2, std::array{-5.0, 5.0, -3.0, 3.0}},
      {"valley", "valley 0.25x\u00b2 + 4y\u00b2 (\u00a710)", 2, std::array{-4.5, 4.5, -2.7, 2.7}},
      {"saddle", "saddle x\u00b2 \u2212 y\u00b2", 2, std::array{-3.0, 3.0, -2.0, 2.0}},
      {"himmelblau", "Himmelblau", 2, std::array{-6.0, 6.0, -5.0, 5.0}},
      {"rosenbrock", "Rosenbrock", 2, std::array{-2.5, 2.5, -1.5, 3.5}},
  };
  return list;
}

}  // namespace gdlab::live
