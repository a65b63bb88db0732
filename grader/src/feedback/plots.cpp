#include "feedback/plots.hpp"

#include <cmath>

#include "catalog/objectives.hpp"
#include "feedback/describe.hpp"
#include "feedback/lab.hpp"
#include "feedback/page.hpp"

namespace gdlab::feedback {

Drawable drawable(const Objective& o) {
  Drawable d;
  if (o.dim == 2 && o.value) {
    svg::Plane plane;
    plane.surface = [value = o.value](double x, double y) { return value(Vector{{x, y}}); };
    for (const auto& m : o.minima)
      if (m.size() == 2) plane.minima.push_back({m(0), m(1)});
    d.plane = std::move(plane);
  } else if (o.dim == 1 && o.value) {
    d.curve = [value = o.value](double x) { return value(Vector{{x}}); };
    for (const auto& m : o.minima)
      if (m.size() == 1) d.curve_minima.push_back(m(0));
  }
  return d;
}

std::optional<Objective> named_objective(const std::string& name) {
  if (name.empty()) return std::nullopt;
  try {
    return catalog::make_objective(catalog::NamedCall::parse(name)).objective;
  } catch (const std::exception&) {  // a name the catalog does not know: no contours, no curve
    return std::nullopt;
  }
}

namespace {

// The reference settles (its window can show all of it) unless its loss ends up above the
// start's or not finite: the tests of rates too large diverge on purpose.
bool settles(const std::vector<double>& loss) {
  return !loss.empty() && std::isfinite(loss.back()) && loss.back() <= loss.front();
}

}  // namespace

std::vector<svg::Figure> plot_figures(const grading::Plot& plot) {
  std::vector<svg::Figure> out;
  const std::string you(student_colour), ref(reference_colour);
  const auto objective = named_objective(plot.objective);
  const Compared compared{.student = plot.student,
                          .reference = plot.reference,
                          .student_loss = plot.student_loss,
                          .reference_loss = plot.reference_loss,
                          .optimum_loss = objective ? optimum_loss(*objective) : std::nullopt};
  const std::string on = plot.objective.empty() ? "" : " on " + plot.objective;
  const svg::Layout path_words{.alt = "Your path (orange, dashed) against the reference's (blue, solid)" + on + ". " +
                                      paths_in_words(compared)};
  std::vector<svg::PathSeries> paths = {
      {"reference", "reference-path", ref, plot.reference, false, settles(plot.reference_loss)},
      {"you", "student-path", you, plot.student, true, false},
  };
  const auto dim = !plot.reference.empty() ? plot.reference.front().size()
                   : plot.student.empty()  ? 0
                                           : plot.student.front().size();
  const Drawable how = objective ? drawable(*objective) : Drawable{};
  if (dim == 2) {
    svg::Plane plane = how.plane.value_or(svg::Plane{});
    if (!how.plane) plane.x_name = "parameter 1", plane.y_name = "parameter 2";
    out.push_back(svg::path_plot(paths, plane, path_words));
  } else if (dim == 1 && how.curve) {
    out.push_back(svg::curve_plot(paths, how.curve, how.curve_minima, "x", path_words));
  }
  if (!plot.student_loss.empty() || !plot.reference_loss.empty())
    out.push_back(svg::loss_chart(
        {
            {"reference", "reference-loss", ref, plot.reference_loss, false},
            {"you", "student-loss", you, plot.student_loss, true},
        },
        "loss", {.alt = losses_in_words(compared)}));
  if (!out.empty()) out.back().table = points_table(compared, "The plotted points: yours and the reference's" + on);
  return out;
}

}  // namespace gdlab::feedback
