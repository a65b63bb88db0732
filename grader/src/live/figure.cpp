#include "live/figure.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "feedback/canvas.hpp"
#include "feedback/page.hpp"
#include "feedback/plots.hpp"

namespace gdlab::live {
namespace {

namespace svg = feedback::svg;

bool close(double got, double want, double atol, double rtol) {  // as the trajectory check
  if (std::isnan(got) || std::isnan(want)) return std::isnan(got) && std::isnan(want);
  if (std::isinf(got) || std::isinf(want)) return got == want;
  return std::abs(got - want) <= atol + rtol * std::abs(want);
}

// Data to pixels on the figure's frame, clamped onto the plot area like the paths' own points.
std::array<double, 2> pixel(const svg::Frame& f, double x, double y) {
  const auto along = [](double v, double lo, double hi, double from, double to) {
    const double t = std::isfinite(v) && hi > lo ? std::clamp((v - lo) / (hi - lo), 0.0, 1.0) : 0.0;
    return from + t * (to - from);
  };
  return {along(x, f.x0, f.x1, f.left, f.right), along(y, f.y0, f.y1, f.bottom, f.top)};
}

std::string leaves_mark(const svg::Figure& fig, const RunPicture& run, const Objective& o) {
  const std::size_t k = *run.leaves_at;
  const auto& row = k < run.student.size()     ? run.student[k]
                    : k < run.reference.size() ? run.reference[k]
                                               : Rows::value_type{};
  if (row.size() != static_cast<std::size_t>(o.dim) ||
      !std::all_of(row.begin(), row.end(), [](double v) { return std::isfinite(v); }))
    return "";
  const double y = o.dim == 1 ? o.value(Vector{{row[0]}}) : row[1];
  const auto [px, py] = pixel(fig.frame, row[0], y);
  return fmt::format(
      "<g class=\"leaves-reference\" data-step=\"{0}\"><circle cx=\"{1}\" cy=\"{2}\" r=\"9\" fill=\"none\" "
      "stroke=\"#cf222e\" stroke-width=\"2.5\"/><text x=\"{1}\" y=\"{3}\" text-anchor=\"middle\" fill=\"#cf222e\">"
      "leaves the reference at step {0}</text></g>",
      k, svg::detail::num(px), svg::detail::num(py), svg::detail::num(py > fig.frame.top + 30 ? py - 14 : py + 26));
}

}  // namespace

std::optional<std::size_t> first_difference(const Rows& student, const Rows& reference, double atol, double rtol) {
  const std::size_t n = std::min(student.size(), reference.size());
  for (std::size_t k = 0; k < n; ++k) {
    if (student[k].size() != reference[k].size()) return k;
    for (std::size_t i = 0; i < student[k].size(); ++i)
      if (!close(student[k][i], reference[k][i], atol, rtol)) return k;
  }
  if (student.size() != reference.size()) return n;
  return std::nullopt;
}

svg::Figure draw_run(const RunPicture& run) {
  const Objective& o = *run.objective;
  const std::vector<svg::PathSeries> paths = {
      {"reference", "reference-path", std::string(feedback::reference_colour), run.reference, false,
       run.reference_settles},
      {"you", "student-path", std::string(feedback::student_colour), run.student, true, false},
  };
  const feedback::Drawable how = feedback::drawable(o);
  svg::Figure fig;
  if (how.plane) {
    svg::Plane plane = *how.plane;
    plane.window = run.window;
    fig = svg::path_plot(paths, plane, run.layout);
  } else {
    fig = svg::curve_plot(paths, how.curve, how.curve_minima, "x", run.layout);
  }
  if (run.leaves_at) {
    const auto end = fig.svg.rfind("</svg>");
    fig.svg.insert(end, leaves_mark(fig, run, o));
  }
  return fig;
}

}  // namespace gdlab::live
