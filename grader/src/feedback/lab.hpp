// `gdlab lab`: one optimiser from one start at several learning rates, each run's regime
// named, drawn on one page (Figure 6.3 of the chapter, for any objective and optimiser).
#pragma once

#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

#include "feedback/regime.hpp"
#include "gdlab/objective.hpp"
#include "gdlab/optim.hpp"

namespace gdlab::feedback {

// The defaults are Figure 6.3: the valley 0.25x^2 + 4y^2, plain gradient descent, rates
// 0.009, 0.03, 0.075, 0.15 ("x0.3, x1, x2.5, x5"), 80 steps (the widget counts "step 0 / 80").
// The text does not print the figure's start; "same starting position" is taken to be the
// one Figure 6.2 and section 10 use, (3.5, 1.1): the valley's default start in the catalog.
struct LabSetup {
  std::string objective = "valley";
  std::string optimizer = "gd";
  std::string schedule = "constant";
  std::vector<double> rates = {0.009, 0.03, 0.075, 0.15};
  std::vector<double> x0;  // empty: the objective's default start
  int steps = 80;
};

struct LabRun {
  double lr = 0;
  optim::Result result;
  Regime regime = Regime::crawls;
  double gap_left = 0;  // gap_N / gap_0 (1 - gap_closed)
};

struct Lab {
  LabSetup setup;
  Objective objective;
  std::string optimizer;  // the rule's own name, arguments included
  Vector x0;
  std::optional<double> optimum_loss;  // the lowest loss at a known minimiser
  std::vector<LabRun> runs;
};

// The lowest loss at a known minimiser of `o`, if it has one.
std::optional<double> optimum_loss(const Objective& o);

// Throws catalog::BadName (or std::invalid_argument) naming a bad argument.
Lab run_lab(const LabSetup& setup);

// "lr 0.009  final loss 1.48829  gap left 18.8%  crawls"
std::string summary_line(const LabRun& run);

void write_lab_html(const Lab& lab, std::ostream& out);

}  // namespace gdlab::feedback
