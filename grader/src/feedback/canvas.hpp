// What the SVG pictures share: scales that never yield a non-finite coordinate, path data
// that breaks at gaps and keeps only what a picture resolves, axes, ticks, dots and a legend.
#pragma once

#include <array>
#include <string>
#include <string_view>
#include <vector>

namespace gdlab::feedback::svg::detail {

// A pixel coordinate as text, one decimal (or `decimals`); never "nan" or "inf" (those become 0).
std::string num(double px, int decimals = 1);

// Data [lo, hi] onto pixels [from, to] (to < from for a y axis), linear or log10.
struct Scale {
  double lo = 0, hi = 1;
  double from = 0, to = 1;
  bool log = false;

  double operator()(double v) const;  // clamped to the pixel range; non-finite -> an edge
  bool inside(double v) const;        // within [lo, hi] (and > 0 on a log scale)
};

// Widens an empty or inverted range so a scale can be drawn over it.
void widen(double& lo, double& hi, bool log);

// About `target` round values in [lo, hi] (steps 1, 2, 5 x 10^k); on a log scale, decades.
std::vector<double> ticks(double lo, double hi, int target, bool log);
std::string tick_label(double v);

// The d attribute of an SVG <path>: "M" after each gap, "L" otherwise. Each piece between gaps
// is drawn as the picture resolves it: its points on a grid of whole pixels (`decimals` 0) or
// tenths (1), and only as many as keep every point given within `tolerance` pixels of the line
// drawn (Douglas-Peucker). A path of iterates keeps its dots apart from this (see `dots`).
class PathData {
 public:
  explicit PathData(int decimals = 1, double tolerance = 0.5) : decimals_(decimals), tolerance_(tolerance) {}
  void to(double x, double y);                    // pixels
  void gap();                                     // the next point starts a new piece
  std::string str();                              // flushes the last piece
  std::size_t points() const { return points_; }  // drawn so far

 private:
  std::string d_;
  std::vector<std::array<double, 2>> piece_;
  int decimals_;
  double tolerance_;
  std::size_t points_ = 0;
};

struct LegendItem {
  std::string label, colour;
  bool dashed = false;
};

// The frame of a chart: plot area, axes and legend, in a viewBox 640 wide, or 320 when
// `compact` (a panel of several side by side: its 14-unit text stays readable when small).
class Canvas {
 public:
  // The legend goes in the top margin; its rows decide where the plot area starts.
  Canvas(std::string_view css_class, const std::vector<LegendItem>& legend, bool compact = false);

  double width() const { return compact_ ? 320 : 640; }
  double left() const { return compact_ ? 58 : 76; }
  double right() const { return width() - (compact_ ? 12 : 16); }
  double top() const { return top_; }
  double bottom() const { return top_ + (compact_ ? 180 : 330); }

  void axes(const Scale& x, const Scale& y, std::string_view x_label, std::string_view y_label);
  std::string& body() { return body_; }
  // The whole <svg> element, an image named by `alt` (plain text, escaped here) for screen readers.
  std::string finish(std::string_view alt);

 private:
  std::string css_class_, legend_;
  bool compact_ = false;
  double top_ = 0;
  std::string body_;
};

// A small cross (non-finite) or triangle (off the window) at a point, with a class.
std::string marker(double x, double y, std::string_view css_class, std::string_view colour, bool cross);

// Dots 4.4 pixels wide at points of a path (a <path class="dots"> after it: each a round cap on
// a stroke of no length, a fifth of a <circle>'s bytes), only where they can be told apart: a
// point is left out when an earlier dot lies within `spacing` pixels, except the points listed
// in `always` (indices: the first, the last, where a path leaves the reference). More than
// `limit` dots left: only those in `always`.
std::string dots(const std::vector<std::array<double, 2>>& points, const std::vector<std::size_t>& always,
                 std::string_view colour, double spacing = 6, std::size_t limit = 150);

}  // namespace gdlab::feedback::svg::detail
