#include "feedback/canvas.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "feedback/svg.hpp"

namespace gdlab::feedback::svg::detail {
namespace {

constexpr double kCharWidth = 8.2;  // 14px sans-serif, roughly: enough to lay out a legend
constexpr std::size_t kMaxDots = 150;

double unit(const Scale& s, double v) {
  if (s.log) return (std::log10(v) - std::log10(s.lo)) / (std::log10(s.hi) - std::log10(s.lo));
  return (v - s.lo) / (s.hi - s.lo);
}

}  // namespace

std::string num(double px) {
  if (!std::isfinite(px)) px = 0;
  auto s = fmt::format("{:.1f}", px);
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
    if (m * magnitude >= raw) { step = m * magnitude; break; }
  for (double v = std::ceil(lo / step) * step; v <= hi + step * 1e-9; v += step)
    out.push_back(std::abs(v) < step * 1e-9 ? 0.0 : v);
  return out;
}

std::string tick_label(double v) {
  if (v != 0 && (std::abs(v) >= 1e5 || std::abs(v) < 1e-3)) {
    const int e = static_cast<int>(std::floor(std::log10(std::abs(v)) + 1e-9));
    const double m = v / std::pow(10.0, e);
    return std::abs(m - std::round(m)) < 1e-6 ? fmt::format("{:g}e{}", std::round(m), e)
                                              : fmt::format("{:.3g}", v);
  }
  return fmt::format("{:.6g}", v);
}

void PathData::emit(double x, double y, char command) {
  d_ += command;
  d_ += num(x);
  d_ += ',';
  d_ += num(y);
  px_ = x, py_ = y;
  kept_.emplace_back(x, y);
}

void PathData::to(double x, double y) {
  if (!open_) {
    emit(x, y, 'M');
    open_ = true, pending_ = false;
    return;
  }
  if (std::hypot(x - px_, y - py_) < 0.5) {  // invisible at this scale: keep only the last
    pending_ = true;
    pend_x_ = x, pend_y_ = y;
    return;
  }
  emit(x, y, 'L');
  pending_ = false;
}

void PathData::gap() {
  if (pending_) emit(pend_x_, pend_y_, 'L');
  open_ = pending_ = false;
}

std::string PathData::str() {
  gap();
  return d_;
}

Canvas::Canvas(std::string_view css_class, const std::vector<LegendItem>& legend)
    : css_class_(css_class) {
  double x = left(), row = 0;
  for (const auto& item : legend) {
    const double w = 26 + kCharWidth * static_cast<double>(item.label.size()) + 14;
    if (x + w > right() && x > left()) x = left(), ++row;
    const double y = 16 + 20 * row;
    legend_ += fmt::format(
        "<g class=\"legend-item\"><line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"{}\" "
        "stroke-width=\"2.5\"{}/><text x=\"{}\" y=\"{}\">{}</text></g>",
        num(x), num(y - 4), num(x + 20), num(y - 4), escape(item.colour),
        item.dashed ? " stroke-dasharray=\"5 3\"" : "", num(x + 26), num(y), escape(item.label));
    x += w;
  }
  top_ = legend.empty() ? 12 : 28 + 20 * row;
}

void Canvas::axes(const Scale& x, const Scale& y, std::string_view x_label, std::string_view y_label) {
  std::string& b = body_;
  b += fmt::format("<rect class=\"frame\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"none\" "
                   "stroke=\"#888\"/>",
                   num(left()), num(top()), num(right() - left()), num(bottom() - top()));
  for (double v : ticks(x.lo, x.hi, 6, x.log)) {
    const double px = x(v);
    b += fmt::format("<line x1=\"{0}\" y1=\"{1}\" x2=\"{0}\" y2=\"{2}\" stroke=\"#888\"/>"
                     "<text x=\"{0}\" y=\"{3}\" text-anchor=\"middle\">{4}</text>",
                     num(px), num(bottom()), num(bottom() + 4), num(bottom() + 19), escape(tick_label(v)));
  }
  for (double v : ticks(y.lo, y.hi, 5, y.log)) {
    const double py = y(v);
    b += fmt::format("<line x1=\"{0}\" y1=\"{1}\" x2=\"{2}\" y2=\"{1}\" stroke=\"#888\"/>"
                     "<text x=\"{3}\" y=\"{4}\" text-anchor=\"end\">{5}</text>",
                     num(left() - 4), num(py), num(left()), num(left() - 6), num(py + 5),
                     escape(tick_label(v)));
  }
  b += fmt::format("<text class=\"axis-label\" x=\"{}\" y=\"{}\" text-anchor=\"middle\">{}</text>",
                   num((left() + right()) / 2), num(bottom() + 40), escape(x_label));
  b += fmt::format("<text class=\"axis-label\" transform=\"translate(16 {}) rotate(-90)\" "
                   "text-anchor=\"middle\">{}</text>",
                   num((top() + bottom()) / 2), escape(y_label));
}

std::string Canvas::finish() {
  const double height = bottom() + 50;
  return fmt::format(
      "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"{}\" viewBox=\"0 0 {} {}\" "
      "font-family=\"sans-serif\" font-size=\"14\" role=\"img\">{}{}</svg>",
      escape(css_class_), num(width), num(height), legend_, body_);
}

std::string marker(double x, double y, std::string_view css_class, std::string_view colour, bool cross) {
  if (cross)
    return fmt::format("<path class=\"{}\" d=\"M{},{}l8,8m0,-8l-8,8\" stroke=\"{}\" stroke-width=\"2\"/>",
                       escape(css_class), num(x - 4), num(y - 4), escape(colour));
  return fmt::format("<path class=\"{}\" d=\"M{},{}l5,9h-10z\" fill=\"white\" stroke=\"{}\" "
                     "stroke-width=\"2\"/>",
                     escape(css_class), num(x), num(y - 5), escape(colour));
}

std::string dots(const PathData& path, std::string_view colour) {
  if (path.kept().size() > kMaxDots) return "";
  std::string out = fmt::format("<g class=\"dots\" fill=\"{}\">", escape(colour));
  for (const auto& [x, y] : path.kept())
    out += fmt::format("<circle cx=\"{}\" cy=\"{}\" r=\"2.2\"/>", num(x), num(y));
  return out + "</g>";
}

}  // namespace gdlab::feedback::svg::detail
