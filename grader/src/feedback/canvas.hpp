// What the SVG pictures share: scales that never yield a non-finite coordinate, path data
// that breaks at gaps and drops points closer than half a pixel, axes, ticks and a legend.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace gdlab::feedback::svg::detail {

// A pixel coordinate as text, one decimal; never "nan" or "inf" (those become 0).
std::string num(double px);

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

// The d attribute of an SVG <path>: "M" after each gap, "L" otherwise.
class PathData {
 public:
  void to(double x, double y);  // pixels
  void gap();                   // the next point starts a new piece
  std::string str();            // flushes the last point
  const std::vector<std::pair<double, double>>& kept() const { return kept_; }

 private:
  void emit(double x, double y, char command);
  std::string d_;
  bool open_ = false, pending_ = false;
  double px_ = 0, py_ = 0, pend_x_ = 0, pend_y_ = 0;
  std::vector<std::pair<double, double>> kept_;
};

struct LegendItem {
  std::string label, colour;
  bool dashed = false;
};

// The frame of a chart: plot area, axes and legend, in a viewBox 640 wide.
class Canvas {
 public:
  static constexpr double width = 640;
  // The legend goes in the top margin; its rows decide where the plot area starts.
  Canvas(std::string_view css_class, const std::vector<LegendItem>& legend);

  double left() const { return 76; }
  double right() const { return width - 16; }
  double top() const { return top_; }
  double bottom() const { return top_ + 330; }

  void axes(const Scale& x, const Scale& y, std::string_view x_label, std::string_view y_label);
  std::string& body() { return body_; }
  std::string finish();  // the whole <svg> element

 private:
  std::string css_class_, legend_;
  double top_ = 0;
  std::string body_;
};

// A small cross (non-finite) or triangle (off the window) at a point, with a class.
std::string marker(double x, double y, std::string_view css_class, std::string_view colour, bool cross);

// Circles at the kept points of a path (a <g class="dots"> after it), when there are few
// enough to stay readable.
std::string dots(const PathData& path, std::string_view colour);

}  // namespace gdlab::feedback::svg::detail
