// A test's pictures: its paths over the objective (contours in 2D, the curve in 1D) and the
// loss against step, the student's against the reference's.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "feedback/svg.hpp"
#include "gdlab/objective.hpp"
#include "grading/verdict.hpp"

namespace gdlab::feedback {

// How an objective can be drawn: as a plane with contour lines (2 parameters), as a curve
// (1 parameter), or not at all (more).
struct Drawable {
  std::optional<svg::Plane> plane;
  std::function<double(double)> curve;
  std::vector<double> curve_minima;
};
Drawable drawable(const Objective& objective);

// The objective a Plot names ("valley", "quadratic1d(a=1,c=3,d=5)"), if the catalog knows it.
std::optional<Objective> named_objective(const std::string& name);

std::vector<svg::Figure> plot_figures(const grading::Plot& plot);

}  // namespace gdlab::feedback
