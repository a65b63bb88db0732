#include "feedback/svg.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>

#include "feedback/canvas.hpp"
#include "feedback/contour.hpp"
#include "text/html_escape.hpp"

namespace gdlab::feedback::svg {
namespace {

using detail::Canvas;
using detail::num;
using detail::PathData;
using detail::Scale;

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kReach = 3;           // the window reaches at most 3 sizes of the starts' region
constexpr double kMargin = 0.08;       // around what is drawn, as a fraction of its size
constexpr double kMaxDecades = 30;     // a log axis shows at most this many decades
constexpr std::size_t kLossDots = 40;  // dots on a loss line up to this many steps
constexpr int kMarkers = 20;           // markers per series, at most
// Contour lines in whole pixels, within this of marching squares' (rounding included): inside a pixel.
constexpr double kContourTolerance = 0.75;

struct Box {
  double x0 = kInf, x1 = -kInf, y0 = kInf, y1 = -kInf;
  void add(double x, double y) {
    x0 = std::min(x0, x), x1 = std::max(x1, x), y0 = std::min(y0, y), y1 = std::max(y1, y);
  }
  bool empty() const { return x0 > x1; }
  bool contains(double x, double y) const { return x >= x0 && x <= x1 && y >= y0 && y <= y1; }
};

std::string stroke(const std::string& colour, bool dashed, double width) {
  return fmt::format("fill=\"none\" stroke=\"{}\" stroke-width=\"{}\" stroke-linejoin=\"round\"{}",
                     text::html_escape(colour), num(width), dashed ? " stroke-dasharray=\"6 4\"" : "");
}

// A point of a path in data coordinates; `valid` false when it is missing or not finite.
struct Point {
  double x = 0, y = 0;
  bool valid = false;
};

// The core (starts and minima) grown by its size `kReach` times: points beyond are off the map.
Box reach(const Box& core) {
  double ext = std::max(core.x1 - core.x0, core.y1 - core.y0);
  if (!(ext > 0)) ext = std::max({1.0, std::abs(core.x0), std::abs(core.y0)});
  return {core.x0 - kReach * ext, core.x1 + kReach * ext, core.y0 - kReach * ext, core.y1 + kReach * ext};
}

// Grows the narrower side of the window about its centre until a unit is as many pixels
// along x as along y on a plot area `width` x `height`.
void same_scale(Box& w, double width, double height) {
  const double per_pixel = std::max((w.x1 - w.x0) / width, (w.y1 - w.y0) / height);
  const double cx = (w.x0 + w.x1) / 2, cy = (w.y0 + w.y1) / 2;
  w.x0 = cx - per_pixel * width / 2, w.x1 = cx + per_pixel * width / 2;
  w.y0 = cy - per_pixel * height / 2, w.y1 = cy + per_pixel * height / 2;
}

Frame frame_of(const Scale& xs, const Scale& ys) {
  return {.x0 = xs.lo,
          .x1 = xs.hi,
          .y0 = ys.lo,
          .y1 = ys.hi,
          .left = xs.from,
          .right = xs.to,
          .top = ys.to,
          .bottom = ys.from};
}

void pad(double& lo, double& hi, double size_floor) {
  const double m = kMargin * std::max(hi - lo, size_floor);
  lo -= m, hi += m;
}

// The first step at which `path` can be told from `reference` on the picture (more than half
// a pixel apart, or one of them missing there); none when it never can.
std::optional<std::size_t> leaves(const std::vector<Point>& path, const std::vector<Point>& reference, const Scale& xs,
                                  const Scale& ys) {
  for (std::size_t k = 0; k < path.size(); ++k) {
    if (k >= reference.size() || path[k].valid != reference[k].valid) return k;
    if (path[k].valid && std::hypot(xs(path[k].x) - xs(reference[k].x), ys(path[k].y) - ys(reference[k].y)) > 0.5)
      return k;
  }
  return std::nullopt;
}

// Draws one path with a line, its start, dots at its iterates (the first, the last, the step
// where it leaves the reference, and the others where they do not crowd), and markers where
// it leaves the window or stops being finite; says so in `notes`.
std::string draw_path(const std::vector<Point>& pts, const PathSeries& s, const Scale& xs, const Scale& ys,
                      std::optional<std::size_t> departs, std::vector<std::string>& notes) {
  PathData d;
  std::string markers;
  std::vector<std::array<double, 2>> dot_at;  // the iterates inside the window, in pixels
  std::vector<std::size_t> always;
  int outside = 0, first_outside = -1, first_bad = -1, marks = 0;
  bool prev_in = false, prev_valid = false;
  double last_x = 0, last_y = 0, edge_x = 0, edge_y = 0;
  for (std::size_t k = 0; k < pts.size(); ++k) {
    const Point& p = pts[k];
    if (!p.valid) {
      if (first_bad < 0) first_bad = static_cast<int>(k);
      if (prev_valid && marks++ < kMarkers) markers += detail::marker(last_x, last_y, "nonfinite", s.colour, true);
      d.gap();
      prev_valid = prev_in = false;
      continue;
    }
    const double px = xs(p.x), py = ys(p.y);  // clamped onto the window's edge when outside
    const bool in = xs.inside(p.x) && ys.inside(p.y);
    if (!in) {
      ++outside;
      if (first_outside < 0) first_outside = static_cast<int>(k);
      if (prev_in || !prev_valid) {  // leaving: draw up to the edge, mark it, lift the pen
        d.to(px, py);
        if (marks++ < kMarkers) markers += detail::marker(px, py, "offscreen", s.colour, false);
      }
      d.gap();
      edge_x = px, edge_y = py;
    } else {
      if (prev_valid && !prev_in) d.to(edge_x, edge_y);  // coming back from the edge
      d.to(px, py);
      if (dot_at.empty() || departs == k) always.push_back(dot_at.size());
      dot_at.push_back({px, py});
    }
    last_x = px, last_y = py, prev_in = in, prev_valid = true;
  }
  if (!dot_at.empty()) always.push_back(dot_at.size() - 1);
  const std::string data = d.str();
  std::string out = fmt::format("<path class=\"{}\" d=\"{}\" {}/>", text::html_escape(s.css_class), data,
                                stroke(s.colour, s.dashed, 2));
  out += detail::dots(dot_at, always, s.colour);
  for (const Point& p : pts)
    if (p.valid) {
      out += fmt::format("<circle class=\"start\" cx=\"{}\" cy=\"{}\" r=\"4.5\" {}/>", num(xs(p.x)), num(ys(p.y)),
                         stroke(s.colour, false, 2));
      break;
    }
  if (outside > 0)
    notes.push_back(
        fmt::format("{}: {} of {} iterates lie outside this window (the first is step {}); "
                    "each excursion is marked by a triangle on its edge",
                    s.label, outside, pts.size(), first_outside));
  if (first_bad >= 0)
    notes.push_back(
        fmt::format("{}: iterate {} is missing or not finite (marked x); the line breaks there", s.label, first_bad));
  return out + markers;
}

std::vector<detail::LegendItem> legend_of(const auto& series) {
  std::vector<detail::LegendItem> items;
  for (const auto& s : series) items.push_back({s.label, s.colour, s.dashed});
  return items;
}

// The layout's text alternative, or the chart's kind and the series it draws.
std::string alt_of(const Layout& layout, std::string_view kind, const auto& series) {
  if (!layout.alt.empty()) return layout.alt;
  std::string out(kind);
  for (std::size_t i = 0; i < series.size(); ++i) out += (i == 0 ? ": " : "; ") + series[i].label;
  return out;
}

}  // namespace

Figure loss_chart(const std::vector<LineSeries>& series, std::string_view y_label, const Layout& layout) {
  Figure fig;
  double lo = kInf, hi = -kInf;
  bool positive = true;
  std::size_t steps = 0;
  std::vector<LineSeries> drawn;
  for (const auto& s : series) {
    if (s.values.empty()) continue;
    drawn.push_back(s);
    steps = std::max(steps, s.values.size());
    for (double v : s.values)
      if (std::isfinite(v)) lo = std::min(lo, v), hi = std::max(hi, v), positive = positive && v > 0;
  }
  fig.log_scale = lo <= hi && positive && hi > 100 * lo;
  if (fig.log_scale && hi > lo * std::pow(10.0, kMaxDecades)) {
    lo = hi / std::pow(10.0, kMaxDecades);
    fig.notes.push_back(fmt::format("losses below {} are drawn on the bottom edge", detail::tick_label(lo)));
  }
  detail::widen(lo, hi, fig.log_scale);
  Canvas c("loss-chart", legend_of(drawn), layout.compact);
  const Scale xs{0, std::max(1.0, static_cast<double>(steps) - 1), c.left(), c.right()};
  const Scale ys{lo, hi, c.bottom(), c.top(), fig.log_scale};
  c.axes(xs, ys, "step", fig.log_scale ? fmt::format("{} (log scale)", y_label) : std::string(y_label));
  for (const auto& s : drawn) {
    PathData d;
    std::string markers;
    std::vector<std::array<double, 2>> dot_at;
    int first_bad = -1, marks = 0;
    for (std::size_t k = 0; k < s.values.size(); ++k) {
      const double v = s.values[k];
      const double px = xs(static_cast<double>(k));
      if (!std::isfinite(v)) {
        const bool run_starts = k == 0 || std::isfinite(s.values[k - 1]);
        if (run_starts && marks++ < kMarkers)
          markers += detail::marker(px, v < 0 ? c.bottom() : c.top(), "nonfinite", s.colour, true);
        if (first_bad < 0) first_bad = static_cast<int>(k);
        d.gap();
        continue;
      }
      d.to(px, ys(v));
      dot_at.push_back({px, ys(v)});
    }
    c.body() += fmt::format("<path class=\"{}\" d=\"{}\" {}/>", text::html_escape(s.css_class), d.str(),
                            stroke(s.colour, s.dashed, 2));
    if (s.values.size() <= kLossDots && !dot_at.empty())
      c.body() += detail::dots(dot_at, {0, dot_at.size() - 1}, s.colour);
    c.body() += markers;
    if (first_bad >= 0)
      fig.notes.push_back(
          fmt::format("{}: the loss is not finite from step {} (marked x on the edge)", s.label, first_bad));
  }
  if (drawn.empty()) fig.notes.push_back("there are no losses to draw");
  fig.svg = c.finish(alt_of(layout, fmt::format("{} against step", y_label), drawn));
  return fig;
}

Figure path_plot(const std::vector<PathSeries>& paths, const Plane& plane, const Layout& layout) {
  Figure fig;
  std::vector<std::vector<Point>> pts;
  Box core, all;
  for (const auto& s : paths) {
    auto& row = pts.emplace_back();
    for (const auto& v : s.points) {
      const bool ok = v.size() == 2 && std::isfinite(v[0]) && std::isfinite(v[1]);
      row.push_back(ok ? Point{v[0], v[1], true} : Point{});
      if (ok) all.add(v[0], v[1]);
    }
    for (const auto& p : row) {
      if (p.valid) core.add(p.x, p.y);
      if (p.valid && !s.trusted) break;  // only the start of a path that may diverge
    }
  }
  for (const auto& m : plane.minima)
    if (std::isfinite(m[0]) && std::isfinite(m[1])) core.add(m[0], m[1]);
  if (core.empty()) core = all.empty() ? Box{-1, 1, -1, 1} : all;
  Box window = core;
  if (plane.window) {
    const auto& w = *plane.window;
    window = {w[0], w[1], w[2], w[3]};
  } else {
    const Box limit = reach(core);
    for (const auto& row : pts)
      for (const auto& p : row)
        if (p.valid && limit.contains(p.x, p.y)) window.add(p.x, p.y);
    const double size = std::max(window.x1 - window.x0, window.y1 - window.y0);
    pad(window.x0, window.x1, 0.1 * size);
    pad(window.y0, window.y1, 0.1 * size);
  }
  detail::widen(window.x0, window.x1, false);
  detail::widen(window.y0, window.y1, false);

  Canvas c("path-plot", legend_of(paths), layout.compact);
  same_scale(window, c.right() - c.left(), c.bottom() - c.top());
  const Scale xs{window.x0, window.x1, c.left(), c.right()};
  const Scale ys{window.y0, window.y1, c.bottom(), c.top()};
  if (plane.surface) {
    const Grid grid = Grid::sample(plane.surface, window.x0, window.x1, window.y0, window.y1, 48, 36);
    std::string lines;
    for (double level : contour_levels(grid, 12)) {
      PathData d(0, kContourTolerance);
      for (const auto& line : contour_lines(grid, level)) {
        for (std::size_t k = 0; k + 1 < line.size(); k += 2) d.to(xs(line[k]), ys(line[k + 1]));
        d.gap();
      }
      const std::string data = d.str();
      if (!data.empty()) lines += fmt::format("<path class=\"contour\" d=\"{}\"/>", data);
    }
    // What every contour line shares is said once.
    if (!lines.empty()) c.body() += "<g fill=\"none\" stroke=\"#c8c8c8\" stroke-linejoin=\"round\">" + lines + "</g>";
  }
  c.axes(xs, ys, plane.x_name, plane.y_name);
  for (const auto& m : plane.minima)
    if (xs.inside(m[0]) && ys.inside(m[1]))
      c.body() += fmt::format("<circle class=\"minimum\" cx=\"{}\" cy=\"{}\" r=\"7\" {}/>", num(xs(m[0])),
                              num(ys(m[1])), stroke("#333", false, 1.5));
  for (std::size_t i = 0; i < paths.size(); ++i)
    c.body() += draw_path(pts[i], paths[i], xs, ys, i > 0 ? leaves(pts[i], pts[0], xs, ys) : std::nullopt, fig.notes);
  fig.svg = c.finish(alt_of(layout, fmt::format("Paths over the plane ({}, {})", plane.x_name, plane.y_name), paths));
  fig.frame = frame_of(xs, ys);
  return fig;
}

Figure curve_plot(const std::vector<PathSeries>& paths, const std::function<double(double)>& f,
                  const std::vector<double>& minima, std::string_view x_name, const Layout& layout) {
  Figure fig;
  double core0 = kInf, core1 = -kInf;
  for (const auto& s : paths)
    for (const auto& v : s.points) {
      const bool ok = v.size() == 1 && std::isfinite(v[0]);
      if (ok) core0 = std::min(core0, v[0]), core1 = std::max(core1, v[0]);
      if (ok && !s.trusted) break;  // only the start of a path that may diverge
    }
  for (double m : minima)
    if (std::isfinite(m)) core0 = std::min(core0, m), core1 = std::max(core1, m);
  if (core0 > core1) core0 = -1, core1 = 1;
  const Box limit = reach(Box{core0, core1, 0, 0});
  double x0 = core0, x1 = core1;
  for (const auto& s : paths)
    for (const auto& v : s.points)
      if (v.size() == 1 && std::isfinite(v[0]) && v[0] >= limit.x0 && v[0] <= limit.x1)
        x0 = std::min(x0, v[0]), x1 = std::max(x1, v[0]);
  pad(x0, x1, 0);
  detail::widen(x0, x1, false);

  constexpr int kSamples = 200;
  double y0 = kInf, y1 = -kInf;
  std::vector<Point> curve;
  for (int i = 0; i <= kSamples; ++i) {
    const double x = x0 + (x1 - x0) * i / kSamples, y = f(x);
    curve.push_back({x, y, std::isfinite(y)});
    if (std::isfinite(y)) y0 = std::min(y0, y), y1 = std::max(y1, y);
  }
  pad(y0, y1, 0);
  detail::widen(y0, y1, false);

  Canvas c("curve-plot", legend_of(paths), layout.compact);
  const Scale xs{x0, x1, c.left(), c.right()};
  const Scale ys{y0, y1, c.bottom(), c.top()};
  c.axes(xs, ys, x_name, fmt::format("f({})", x_name));
  PathData line;
  for (const auto& p : curve) p.valid ? line.to(xs(p.x), ys(p.y)) : line.gap();
  c.body() += fmt::format("<path class=\"function-curve\" d=\"{}\" {}/>", line.str(), stroke("#999", false, 1.5));
  for (double m : minima)
    if (xs.inside(m) && ys.inside(f(m)))
      c.body() += fmt::format("<circle class=\"minimum\" cx=\"{}\" cy=\"{}\" r=\"7\" {}/>", num(xs(m)), num(ys(f(m))),
                              stroke("#333", false, 1.5));
  std::vector<std::vector<Point>> pts;
  for (const auto& s : paths) {
    auto& row = pts.emplace_back();
    for (const auto& v : s.points) {
      const double y = v.size() == 1 && std::isfinite(v[0]) ? f(v[0]) : kInf;
      row.push_back(std::isfinite(y) ? Point{v[0], y, true} : Point{});
    }
  }
  for (std::size_t i = 0; i < paths.size(); ++i)
    c.body() += draw_path(pts[i], paths[i], xs, ys, i > 0 ? leaves(pts[i], pts[0], xs, ys) : std::nullopt, fig.notes);
  fig.svg = c.finish(alt_of(layout, fmt::format("Paths on the curve of f({})", x_name), paths));
  fig.frame = frame_of(xs, ys);
  return fig;
}

}  // namespace gdlab::feedback::svg
