// Small SVG pictures for feedback pages: loss against step, a 2D path over the contour lines
// of its objective (Figure 6.2), a 1D path on its function's curve. No library: strings.
// Coordinates are always finite: a NaN or infinite value breaks the line and is marked.
#pragma once

#include <array>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace gdlab::feedback::svg {

// One line of a loss chart: values[k] belongs to step k.
struct LineSeries {
  std::string label;      // legend text
  std::string css_class;  // found by tests and styles: "student-loss", "reference-loss", ...
  std::string colour;     // any CSS colour
  std::vector<double> values;
  bool dashed = false;
};

// One path of iterates: points[k] is iterate k (size 2 for a plane, 1 for a curve).
struct PathSeries {
  std::string label;
  std::string css_class;  // "student-path", "reference-path", ...
  std::string colour;
  std::vector<std::vector<double>> points;
  bool dashed = false;
  bool trusted = false;  // a run known not to diverge (the reference's): the window shows all of it
};

// Where the data sits in a picture: the window [x0, x1] x [y0, y1] drawn, linearly, onto the
// plot area [left, right] x [bottom, top] of the viewBox (for a page that maps clicks back).
struct Frame {
  double x0 = 0, x1 = 1, y0 = 0, y1 = 1;
  double left = 0, right = 1, top = 0, bottom = 1;
};

// The picture and what it could not show, in words (plain text: text::html_escape it when writing).
struct Figure {
  std::string svg;
  std::vector<std::string> notes;
  bool log_scale = false;  // loss charts: the y axis is logarithmic
  Frame frame;             // path and curve plots: the window and where it is drawn
  std::string table = {};  // the plotted points as an HTML table (describe.hpp), when the caller adds one
};

// How a picture is named and sized: `alt` is its text alternative, the chart's message in
// words (what a screen reader says for it; empty: the chart's kind and its series); `compact`
// draws it for a panel of several side by side (canvas.hpp).
struct Layout {
  std::string alt = {};
  bool compact = false;
};

// Log y when every finite value is positive and they span more than two decades.
Figure loss_chart(const std::vector<LineSeries>& series, std::string_view y_label = "loss", const Layout& layout = {});

struct Plane {
  std::function<double(double, double)> surface;  // empty: no contour lines
  std::vector<std::array<double, 2>> minima;      // drawn as rings
  std::string x_name = "x", y_name = "y";
  std::optional<std::array<double, 4>> window;  // x0, x1, y0, y1: fixed, instead of fitted
};

// Paths over contour lines. The window covers every path with a margin, but no more than a
// few times the region of the starts, the minima and the trusted paths: iterates beyond it
// (a divergence) are drawn on its edge with a marker, and a note says so. Both axes have the
// same scale, as in the chapter's figures: the ellipse x^2 + 4y^2 looks twice as wide as high.
Figure path_plot(const std::vector<PathSeries>& paths, const Plane& plane, const Layout& layout = {});

// A 1D objective's curve with each path's iterates on it.
Figure curve_plot(const std::vector<PathSeries>& paths, const std::function<double(double)>& f,
                  const std::vector<double>& minima = {}, std::string_view x_name = "x", const Layout& layout = {});

}  // namespace gdlab::feedback::svg
