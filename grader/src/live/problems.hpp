// What the live lab can run: the spec's problems whose entry takes an objective, a start, a
// rate and a step count (gd_1d, gd_2d, momentum, and any problem declared like them), and the
// objectives its figures offer.
#pragma once

#include <array>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "spec/spec.hpp"

namespace gdlab::live {

struct LabProblem {
  std::string id, title, source, entry;
  std::string objective_input;                        // the entry's input of kind objective, whatever its name
  int dim = 0;                                        // 1 (Figure 6.1) or 2 (Figures 6.2 and 6.3)
  spec::Test base;                                    // its first such test: the limits and tolerance a run keeps
  std::map<std::string, double> params = {};          // the entry's other numbers, with the test's values (beta: 0.9)
  std::map<std::string, spec::ParamKind> kinds = {};  // and what each may be: beta a fraction, eps positive, ...
  spec::Problem problem;                              // as declared, for run_test
};

// In the spec's order. A problem qualifies when one of its tests calls the problem's own entry
// with an objective (its input of kind objective or function_1d, whatever it is called: a 1-D or
// 2-D catalog name), x0, lr, steps and numbers only.
std::vector<LabProblem> lab_problems(const spec::Spec& spec);

// An objective the figures offer, by its catalog name.
struct FigureObjective {
  std::string name, label;
  int dim = 0;
  std::optional<std::array<double, 4>> window;  // 2-D: the surface shown (x0, x1, y0, y1)
};
const std::vector<FigureObjective>& figure_objectives();

}  // namespace gdlab::live
