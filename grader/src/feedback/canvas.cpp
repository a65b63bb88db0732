#include "feedback/canvas.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <map>

#include "feedback/svg.hpp"
#include "text/html_escape.hpp"

namespace gdlab::feedback::svg::detail {
namespace {

using text::html_escape;

constexpr double kCharWidth = 8.2;  // 14px sans-serif, roughly: enough to lay out a legend

double unit(const Scale& s, double v) {
  if (s.log) return (std::log10(v) - std::log10(s.lo)) / (std::log10(s.hi) - std::log10(s.lo));
  return (v - s.lo) / (s.hi - s.lo);
}

}  // namespace

std::string num(double px, int decimals) {
  if (!std::isfinite(px)) px = 0;
  auto s = decimals <= 0 ? fmt::format("{:.0f}", px) : fmt::format("{:.1f}", px);
  if (s.size() > 2 && s.ends_with(".0")) s.resize(s.size() - 2);
  return s == "-0" ? "0" : s;
}

double Scale::operator()(double v) const {
  double t = 0;
  if (std::isnan(v) || (log && v <= 0)) t = 0;
  else if (std::isinf(v)) t = v > 0 ? 1 : 0;
  else t = std::clamp(unit(*this, v), 0.0, 1.0);
  if (!std::isfinite(t)) t = 0;
  return from + t * (to - from);
}

bool Scale::inside(double v) const {
  if (!std::isfinite(v) || (log && v <= 0)) return false;
  const double slack = 1e-9 * (hi - lo);
  return v >= lo - slack && v <= hi + slack;
}

void widen(double& lo, double& hi, bool log) {
  if (!std::isfinite(lo) || !std::isfinite(hi) || lo > hi) lo = log ? 0.1 : -1, hi = log ? 10 : 1;
  if (log) {
    if (hi / lo < 1.5) lo /= 2, hi *= 2;
    return;
  }
  if (hi - lo <= 1e-12 * std::max(std::abs(lo), std::abs(hi))) {
    const double pad = lo == 0 ? 1.0 : std::abs(lo) * 0.1;
    lo -= pad, hi += pad;
  }
}

std::vector<double> ticks(double lo, double hi, int target, bool log) {
  std::vector<double> out;
  if (log) {
    const int a = static_cast<int>(std::ceil(std::log10(lo) - 1e-9));
    const int b = static_cast<int>(std::floor(std::log10(hi) + 1e-9));
    const int step = std::max(1, (b - a + target - 1) / std::max(1, target));
    for (int k = a; k <= b; k += step) out.push_back(std::pow(10.0, k));
    return out;
  }
  const double raw = (hi - lo) / std::max(1, target);
  const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
  double step = magnitude;
  for (double m : {1.0, 2.0, 5.0, 10.0})
    if (m * magnitude >= raw) {
      step = m * magnitude;
      break;
    }
  for (double v = std::ceil(lo / step) * step; v <= hi + step * 1e-9; v += step)
    out.push_back(std::abs(v) < step * 1e-9 ? 0.0 : v);
  return out;
}

std::string tick_label(double v) {
  if (v != 0 && (std::abs(v) >= 1e5 || std::abs(v) < 1e-3)) {
    const int e = static_cast<int>(std::floor(std::log10(std::abs(v)) + 1e-9));
    const double m = v / std::pow(10.0, e);
    return std::abs(m - std::round(m)) < 1e-6 ? fmt::format("{:g}e{}", std::round(m), e) : fmt::format("{:.3g}", v);
  }
  return fmt::format("{:.6g}", v);
}

namespace {

constexpr std::size_t kChunk = 4096;  // Douglas-Peucker runs on at most this many points at once

// From p to the segment a-b (a point when a = b): a path that turns back is not a straight line.
double distance(const std::array<double, 2>& p, const std::array<double, 2>& a, const std::array<double, 2>& b) {
  const double dx = b[0] - a[0], dy = b[1] - a[1], length2 = dx * dx + dy * dy;
  const double t = length2 > 0 ? std::clamp(((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / length2, 0.0, 1.0) : 0.0;
  return std::hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy);
}

// Which of points[first..last] to draw: the ends, and between two drawn points the farthest
// from their line while it is more than `tolerance` away. The line joins the points as they
// are written (`grid`), so the tolerance bounds what is drawn, rounding included.
void simplify(const std::vector<std::array<double, 2>>& points, const std::vector<std::array<double, 2>>& grid,
              std::size_t first, std::size_t last, double tolerance, std::vector<bool>& keep) {
  keep[first] = keep[last] = true;
  std::vector<std::pair<std::size_t, std::size_t>> todo = {{first, last}};  // no recursion: a zigzag goes deep
  while (!todo.empty()) {
    const auto [a, b] = todo.back();
    todo.pop_back();
    double far = tolerance;
    std::size_t at = 0;
    for (std::size_t k = a + 1; k < b; ++k)
      if (const double d = distance(points[k], grid[a], grid[b]); d > far) far = d, at = k;
    if (at == 0) continue;
    keep[at] = true;
    todo.push_back({a, at});
    todo.push_back({at, b});
  }
}

}  // namespace

void PathData::to(double x, double y) { piece_.push_back({x, y}); }

void PathData::gap() {
  if (piece_.empty()) return;
  const double unit = decimals_ <= 0 ? 1.0 : 0.1;
  std::vector<std::array<double, 2>> grid;
  for (const auto& [x, y] : piece_) grid.push_back({std::round(x / unit) * unit, std::round(y / unit) * unit});
  std::vector<bool> keep(piece_.size(), false);
  for (std::size_t first = 0; first + 1 < piece_.size(); first += kChunk)
    simplify(piece_, grid, first, std::min(first + kChunk, piece_.size() - 1), tolerance_, keep);
  std::string last;
  for (std::size_t k = 0; k < piece_.size(); ++k) {
    if (k > 0 && !keep[k]) continue;
    std::string point = num(grid[k][0], decimals_) + ',' + num(grid[k][1], decimals_);
    if (k > 0 && point == last) continue;  // the same spot once written
    d_ += (k == 0 ? 'M' : 'L') + point;
    ++points_;
    last = std::move(point);
  }
  piece_.clear();
}

std::string PathData::str() {
  gap();
  return d_;
}

Canvas::Canvas(std::string_view css_class, const std::vector<LegendItem>& legend, bool compact)
    : css_class_(css_class), compact_(compact) {
  double x = left(), row = 0;
  for (const auto& item : legend) {
    const double w = 26 + kCharWidth * static_cast<double>(item.label.size()) + 14;
    if (x + w > right() && x > left()) x = left(), ++row;
    const double y = 16 + 20 * row;
    legend_ += fmt::format(
        "<g class=\"legend-item\"><line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"{}\" "
        "stroke-width=\"2.5\"{}/><text x=\"{}\" y=\"{}\">{}</text></g>",
        num(x), num(y - 4), num(x + 20), num(y - 4), html_escape(item.colour),
        item.dashed ? " stroke-dasharray=\"5 3\"" : "", num(x + 26), num(y), html_escape(item.label));
    x += w;
  }
  top_ = legend.empty() ? 12 : 28 + 20 * row;
}

void Canvas::axes(const Scale& x, const Scale& y, std::string_view x_label, std::string_view y_label) {
  std::string& b = body_;
  b += fmt::format(
      "<rect class=\"frame\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"none\" "
      "stroke=\"#888\"/>",
      num(left()), num(top()), num(right() - left()), num(bottom() - top()));
  // The ticks as one path, their labels in a group per axis: what they share is said once.
  std::string marks, below, beside;
  for (double v : ticks(x.lo, x.hi, 6, x.log)) {
    const double px = x(v);
    marks += fmt::format("M{},{}v4", num(px), num(bottom()));
    below += fmt::format("<text x=\"{}\" y=\"{}\">{}</text>", num(px), num(bottom() + 19), html_escape(tick_label(v)));
  }
  for (double v : ticks(y.lo, y.hi, 5, y.log)) {
    const double py = y(v);
    marks += fmt::format("M{},{}h4", num(left() - 4), num(py));
    beside +=
        fmt::format("<text x=\"{}\" y=\"{}\">{}</text>", num(left() - 6), num(py + 5), html_escape(tick_label(v)));
  }
  b += fmt::format("<path class=\"ticks\" d=\"{}\" stroke=\"#888\"/>", marks);
  b += fmt::format("<g class=\"tick-labels\" text-anchor=\"middle\">{}</g>", below);
  b += fmt::format("<g class=\"tick-labels\" text-anchor=\"end\">{}</g>", beside);
  b += fmt::format("<text class=\"axis-label\" x=\"{}\" y=\"{}\" text-anchor=\"middle\">{}</text>",
                   num((left() + right()) / 2), num(bottom() + 40), html_escape(x_label));
  b += fmt::format(
      "<text class=\"axis-label\" transform=\"translate(16 {}) rotate(-90)\" "
      "text-anchor=\"middle\">{}</text>",
      num((top() + bottom()) / 2), html_escape(y_label));
}

std::string Canvas::finish(std::string_view alt) {
  const double height = bottom() + 50;
  return fmt::format(
      "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"{}\" viewBox=\"0 0 {} {}\" "
      "font-family=\"sans-serif\" font-size=\"14\" role=\"img\" aria-label=\"{}\">{}{}</svg>",
      html_escape(css_class_), num(width()), num(height), html_escape(alt), legend_, body_);
}

std::string marker(double x, double y, std::string_view css_class, std::string_view colour, bool cross) {
  if (cross)
    return fmt::format("<path class=\"{}\" d=\"M{},{}l8,8m0,-8l-8,8\" stroke=\"{}\" stroke-width=\"2\"/>",
                       html_escape(css_class), num(x - 4), num(y - 4), html_escape(colour));
  return fmt::format(
      "<path class=\"{}\" d=\"M{},{}l5,9h-10z\" fill=\"white\" stroke=\"{}\" "
      "stroke-width=\"2\"/>",
      html_escape(css_class), num(x), num(y - 5), html_escape(colour));
}

std::string dots(const std::vector<std::array<double, 2>>& points, const std::vector<std::size_t>& always,
                 std::string_view colour, double spacing, std::size_t limit) {
  std::vector<bool> shown(points.size(), false);
  for (std::size_t k : always)
    if (k < points.size()) shown[k] = true;
  // Dots already placed, by the cell of side `spacing` they fall in: a closer one is in a neighbouring cell.
  std::map<std::pair<long, long>, std::vector<std::size_t>> cells;
  const auto cell = [&](const std::array<double, 2>& p) {
    return std::pair{std::lround(std::floor(p[0] / spacing)), std::lround(std::floor(p[1] / spacing))};
  };
  const auto crowded = [&](const std::array<double, 2>& p) {
    const auto [cx, cy] = cell(p);
    for (long i = cx - 1; i <= cx + 1; ++i)
      for (long j = cy - 1; j <= cy + 1; ++j)
        if (const auto it = cells.find({i, j}); it != cells.end())
          for (std::size_t k : it->second)
            if (std::hypot(points[k][0] - p[0], points[k][1] - p[1]) < spacing) return true;
    return false;
  };
  for (std::size_t k = 0; k < points.size(); ++k)
    if (shown[k]) cells[cell(points[k])].push_back(k);
  std::size_t count = 0;
  for (std::size_t k = 0; k < points.size(); ++k) {
    if (!shown[k] && !crowded(points[k])) shown[k] = true, cells[cell(points[k])].push_back(k);
    count += shown[k];
  }
  if (count > limit) {  // a tangle: dots would only blot the line
    std::fill(shown.begin(), shown.end(), false);
    for (std::size_t k : always)
      if (k < points.size()) shown[k] = true;
  }
  std::string d;
  for (std::size_t k = 0; k < points.size(); ++k)
    if (shown[k]) d += fmt::format("M{},{}h0", num(points[k][0]), num(points[k][1]));
  return fmt::format("<path class=\"dots\" d=\"{}\" stroke=\"{}\" stroke-width=\"4.4\" stroke-linecap=\"round\"/>", d,
                     html_escape(colour));
}

}  // namespace gdlab::feedback::svg::detail
