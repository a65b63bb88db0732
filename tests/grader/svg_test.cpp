// The SVG pictures of feedback pages: never a non-finite coordinate, a log axis when the
// losses span decades, contour lines, escaped text, every path findable by its class.
#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <limits>
#include <regex>

#include "feedback/contour.hpp"
#include "feedback/plots.hpp"
#include "feedback/svg.hpp"

namespace gdlab::feedback::svg {
namespace {

const double nan = std::numeric_limits<double>::quiet_NaN();
const double inf = std::numeric_limits<double>::infinity();

std::size_t occurrences(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
  return s;
}

void expect_no_nonfinite_text(const std::string& svg) {
  EXPECT_EQ(lower(svg).find("nan"), std::string::npos) << svg;
  EXPECT_EQ(lower(svg).find("inf"), std::string::npos) << svg;
}

// Every <path> carries a class a test or a style can find it by.
void expect_every_path_has_a_class(const std::string& svg) {
  const std::regex path("<path ([^>]*)>");
  for (auto it = std::sregex_iterator(svg.begin(), svg.end(), path); it != std::sregex_iterator(); ++it)
    EXPECT_NE((*it)[1].str().find("class=\""), std::string::npos) << (*it)[0];
}

Plane valley_plane() {
  const auto valley = named_objective("valley");
  return *drawable(*valley).plane;
}

TEST(Svg, NonFiniteLossesBreakTheLineAndAreMarked) {
  const auto fig = loss_chart({{"you", "student-loss", "red", {4, 2, nan, 1, inf, -inf, 0.5}},
                               {"reference", "reference-loss", "blue", {4, 2, 1, 0.5, 0.25}}});
  expect_no_nonfinite_text(fig.svg);
  expect_every_path_has_a_class(fig.svg);
  EXPECT_EQ(occurrences(fig.svg, "class=\"student-loss\""), 1u);
  EXPECT_EQ(occurrences(fig.svg, "class=\"reference-loss\""), 1u);
  EXPECT_EQ(occurrences(fig.svg, "class=\"nonfinite\""), 2u);  // one per run of non-finite values
  ASSERT_EQ(fig.notes.size(), 1u);
  EXPECT_NE(fig.notes[0].find("not finite from step 2"), std::string::npos);
}

TEST(Svg, NonFiniteAndFarAwayIteratesStayOffTheCoordinates) {
  std::vector<std::vector<double>> diverging;
  for (int k = 0; k < 60; ++k) diverging.push_back({3.5 * std::pow(0.9, k), 1.1 * std::pow(-1.4, k)});
  diverging.push_back({nan, inf});
  diverging.push_back({1e308, -1e308});
  const auto fig = path_plot({{"reference", "reference-path", "blue", {{3.5, 1.1}, {3, 0.5}, {2.5, 0.2}}},
                              {"you", "student-path", "red", diverging}},
                             valley_plane());
  expect_no_nonfinite_text(fig.svg);
  expect_every_path_has_a_class(fig.svg);
  EXPECT_GT(occurrences(fig.svg, "class=\"offscreen\""), 0u);
  EXPECT_GT(occurrences(fig.svg, "class=\"nonfinite\""), 0u);
  ASSERT_EQ(fig.notes.size(), 2u);
  EXPECT_NE(fig.notes[0].find("outside this window"), std::string::npos);
  // The window stays near the start and the minimum: no coordinate runs off to 1e308.
  const std::regex number("-?[0-9]+(\\.[0-9]+)?(e[-+]?[0-9]+)?");
  for (auto it = std::sregex_iterator(fig.svg.begin(), fig.svg.end(), number); it != std::sregex_iterator(); ++it)
    EXPECT_LT(std::abs(std::stod((*it)[0])), 1e4) << (*it)[0];
}

TEST(Svg, OneDimensionalPathsSitOnTheCurve) {
  const auto f = drawable(*named_objective("quadratic1d(a=1,c=3,d=5)")).curve;
  const auto fig = curve_plot({{"you", "student-path", "red", {{0}, {-0.6}, {nan}, {1e200}}}}, f);
  expect_no_nonfinite_text(fig.svg);
  EXPECT_EQ(occurrences(fig.svg, "class=\"function-curve\""), 1u);
  EXPECT_EQ(occurrences(fig.svg, "class=\"student-path\""), 1u);
}

TEST(Svg, LogScaleWhenLossesSpanMoreThanTwoDecades) {
  EXPECT_TRUE(loss_chart({{"a", "a", "red", {8, 1, 0.1, 1e-5}}}).log_scale);
  const auto linear = loss_chart({{"a", "a", "red", {8, 4, 2, 1}}});
  EXPECT_FALSE(linear.log_scale);
  EXPECT_EQ(linear.svg.find("log scale"), std::string::npos);
  const auto log = loss_chart({{"a", "a", "red", {8, 1e-5}}, {"b", "b", "blue", {1, nan}}});
  EXPECT_TRUE(log.log_scale);
  EXPECT_NE(log.svg.find("loss (log scale)"), std::string::npos);          // the axis says so
  EXPECT_FALSE(loss_chart({{"a", "a", "red", {8, 1e-5, 0}}}).log_scale);   // a zero: no log
  EXPECT_FALSE(loss_chart({{"a", "a", "red", {8, 1e-5, -1}}}).log_scale);  // a negative: no log
}

TEST(Svg, ValleyHasContourLinesAndARingAtItsMinimum) {
  const auto fig =
      path_plot({{"reference", "reference-path", "blue", {{3.5, 1.1}, {3.4, 0.2}, {3.3, 0.04}}}}, valley_plane());
  EXPECT_GE(occurrences(fig.svg, "class=\"contour\""), 5u);
  EXPECT_EQ(occurrences(fig.svg, "class=\"minimum\""), 1u);
  EXPECT_TRUE(fig.notes.empty());
}

// The chapter's figures draw both axes on one scale: a unit is as many pixels across as up,
// so the ellipse x^2 + 4y^2 (Problems 3 and 4) shows as twice as wide as high, the narrow
// valley momentum is about, where stretched axes drew it nearly round.
TEST(Svg, BothAxesShareOneScale) {
  const auto ellipse = *drawable(*named_objective("ellipse")).plane;
  const auto fitted = path_plot({{"reference", "reference-path", "blue", {{4, 1}, {3.2, 0.2}, {2.56, 0.04}}}}, ellipse);
  const auto per_pixel = [](const Frame& f) {
    return std::pair{(f.x1 - f.x0) / (f.right - f.left), (f.y1 - f.y0) / (f.bottom - f.top)};
  };
  const auto [ux, uy] = per_pixel(fitted.frame);
  EXPECT_NEAR(ux / uy, 1.0, 1e-9);
  EXPECT_LE(fitted.frame.x0, 2.56);
  EXPECT_GE(fitted.frame.x1, 4);  // the window still holds the path
  EXPECT_LE(fitted.frame.y0, 0.04);
  EXPECT_GE(fitted.frame.y1, 1);

  Plane fixed = ellipse;
  fixed.window = std::array{-5.0, 5.0, -3.0, 3.0};
  const auto fig = path_plot({}, fixed);
  const auto [fx, fy] = per_pixel(fig.frame);
  EXPECT_NEAR(fx / fy, 1.0, 1e-9);
  // Each closed contour line, in pixels, is twice as wide as high.
  const std::regex contour("<path class=\"contour\" d=\"([^\"]*)\""), point("(-?[0-9.]+),(-?[0-9.]+)");
  int closed = 0;
  for (auto it = std::sregex_iterator(fig.svg.begin(), fig.svg.end(), contour); it != std::sregex_iterator(); ++it) {
    const std::string d = (*it)[1];
    double x0 = inf, x1 = -inf, y0 = inf, y1 = -inf;
    for (auto p = std::sregex_iterator(d.begin(), d.end(), point); p != std::sregex_iterator(); ++p) {
      const double x = std::stod((*p)[1]), y = std::stod((*p)[2]);
      x0 = std::min(x0, x), x1 = std::max(x1, x), y0 = std::min(y0, y), y1 = std::max(y1, y);
    }
    const bool inside =
        x0 > fig.frame.left + 1 && x1 < fig.frame.right - 1 && y0 > fig.frame.top + 1 && y1 < fig.frame.bottom - 1;
    if (!inside || y1 - y0 < 20) continue;  // cut by the frame, or too small to measure on the grid
    ++closed;
    EXPECT_NEAR((x1 - x0) / (y1 - y0), 2.0, 0.15) << d.substr(0, 200);
  }
  EXPECT_GE(closed, 3);
}

TEST(Contour, MarchingSquaresTracesACircle) {
  const auto grid = Grid::sample([](double x, double y) { return x * x + y * y; }, -2, 2, -2, 2, 40, 40);
  const auto segments = contour_segments(grid, 1.0);
  ASSERT_GT(segments.size(), 20u);
  for (const auto& s : segments) {
    EXPECT_NEAR(std::hypot(s[0], s[1]), 1.0, 0.01);
    EXPECT_NEAR(std::hypot(s[2], s[3]), 1.0, 0.01);
  }
  // Joined, the same crossings make one closed ring: each once, the first repeated last.
  const auto lines = contour_lines(grid, 1.0);
  ASSERT_EQ(lines.size(), 1u);
  const auto& ring = lines[0];
  ASSERT_EQ(ring.size(), 2 * (segments.size() + 1));
  EXPECT_EQ(ring[0], ring[ring.size() - 2]);
  EXPECT_EQ(ring[1], ring[ring.size() - 1]);
  for (std::size_t k = 0; k < ring.size(); k += 2) EXPECT_NEAR(std::hypot(ring[k], ring[k + 1]), 1.0, 0.01);
  const auto levels = contour_levels(grid, 12);
  ASSERT_EQ(levels.size(), 12u);
  EXPECT_TRUE(std::is_sorted(levels.begin(), levels.end()));
  EXPECT_GT(levels[1] / levels[0], 1.5);  // geometric above the bottom, not evenly spaced
}

TEST(Svg, EscapesTextFromStudentsAndSpecs) {
  const auto fig = loss_chart({{"<script>alert(1)</script>", "student-loss", "red\"><script>", {1, 2}}});
  EXPECT_EQ(fig.svg.find("<script"), std::string::npos);
  EXPECT_NE(fig.svg.find("&lt;script&gt;alert(1)"), std::string::npos);
}

TEST(Svg, LongPathsAreThinnedToWhatCanBeSeen) {
  std::vector<std::vector<double>> slow;
  std::vector<double> loss;
  for (int k = 0; k <= 20000; ++k)
    slow.push_back({-1.5 + 2.5 * k / 20000.0, 2 - 1.0 * k / 20000.0}), loss.push_back(1.0 / (1 + k));
  const auto plot = path_plot({{"you", "student-path", "red", slow}}, Plane{});
  const auto chart = loss_chart({{"you", "student-loss", "red", loss}});
  EXPECT_LT(plot.svg.size(), 40000u);
  EXPECT_LT(chart.svg.size(), 40000u);
}

using Pixels = std::vector<std::array<double, 2>>;

// The pieces of a path's d attribute ("M" starts one), in pixels.
std::vector<Pixels> pieces_of(const std::string& d) {
  std::vector<Pixels> out;
  const std::regex point("([ML])(-?[0-9.]+),(-?[0-9.]+)");
  for (auto it = std::sregex_iterator(d.begin(), d.end(), point); it != std::sregex_iterator(); ++it) {
    if ((*it)[1] == "M") out.emplace_back();
    out.back().push_back({std::stod((*it)[2]), std::stod((*it)[3])});
  }
  return out;
}

// The d attribute of each <path class="css_class">, in order.
std::vector<std::string> paths_of(const std::string& svg, const std::string& css_class) {
  std::vector<std::string> out;
  const std::regex path("<path class=\"" + css_class + "\" d=\"([^\"]*)\"");
  for (auto it = std::sregex_iterator(svg.begin(), svg.end(), path); it != std::sregex_iterator(); ++it)
    out.push_back((*it)[1]);
  return out;
}

// The dots drawn after the path of a class: each a stroke of no length, "M x,y h0".
Pixels dots_after(const std::string& svg, const std::string& css_class) {
  const auto at = svg.find("<path class=\"" + css_class + "\"");
  const auto from = svg.find("<path class=\"dots\" d=\"", at);
  Pixels out;
  if (at == std::string::npos || from == std::string::npos) return out;
  const std::string d = svg.substr(from, svg.find("\"", from + 24) - from);
  const std::regex dot("M(-?[0-9.]+),(-?[0-9.]+)h0");
  for (auto it = std::sregex_iterator(d.begin(), d.end(), dot); it != std::sregex_iterator(); ++it)
    out.push_back({std::stod((*it)[1]), std::stod((*it)[2])});
  return out;
}

double to_segment(const std::array<double, 2>& p, const std::array<double, 2>& a, const std::array<double, 2>& b) {
  const double dx = b[0] - a[0], dy = b[1] - a[1], l2 = dx * dx + dy * dy;
  const double t = l2 > 0 ? std::clamp(((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / l2, 0.0, 1.0) : 0.0;
  return std::hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy);
}

double to_polyline(const std::array<double, 2>& p, const std::vector<Pixels>& pieces) {
  double best = inf;
  for (const auto& piece : pieces)
    for (std::size_t k = 0; k < piece.size(); ++k)
      best = std::min(best, to_segment(p, piece[k], piece[std::min(k + 1, piece.size() - 1)]));
  return best;
}

std::array<double, 2> pixel(const Frame& f, double x, double y) {
  return {f.left + (x - f.x0) / (f.x1 - f.x0) * (f.right - f.left),
          f.bottom - (y - f.y0) / (f.y1 - f.y0) * (f.bottom - f.top)};
}

// A slow spiral of 10,000 iterates: drawn with a few hundred points, none of the iterates
// farther than half a pixel (and the tenth it is written to) from the line, and no more dots
// than can be told apart.
TEST(Svg, ALongPathIsDrawnWithFewPointsAndStaysOnIt) {
  std::vector<std::vector<double>> spiral;
  for (int k = 0; k < 10000; ++k) {
    const double r = std::exp(-k / 3000.0), angle = 0.01 * k;
    spiral.push_back({3 * r * std::cos(angle), 2 * r * std::sin(angle)});
  }
  const auto fig = path_plot({{"you", "student-path", "red", spiral}}, Plane{});
  const auto d = paths_of(fig.svg, "student-path");
  ASSERT_EQ(d.size(), 1u);
  const auto pieces = pieces_of(d[0]);
  ASSERT_EQ(pieces.size(), 1u);
  EXPECT_LE(pieces[0].size(), 600u);
  EXPECT_GE(pieces[0].size(), 50u);  // still a spiral, not a few strokes
  double worst = 0;
  for (const auto& p : spiral) worst = std::max(worst, to_polyline(pixel(fig.frame, p[0], p[1]), pieces));
  EXPECT_LE(worst, 0.5 + 0.08) << "an iterate this far from the line drawn";
  const auto dots = dots_after(fig.svg, "student-path");
  EXPECT_GE(dots.size(), 2u);  // the first and the last at least
  EXPECT_LE(dots.size(), 150u);
  EXPECT_LT(fig.svg.size(), 16000u);
}

// Dots are thinned to what can be told apart, but the step where the student's path leaves
// the reference keeps its dot, as do the first and the last.
TEST(Svg, TheStepWhereAPathLeavesTheReferenceKeepsItsDot) {
  std::vector<std::vector<double>> reference, student;
  for (int k = 0; k < 400; ++k) {
    const double r = 3 * std::pow(0.99, k);
    reference.push_back({r, 0.4 * r});
    student.push_back({r, 0.4 * r});
  }
  const auto plain = path_plot(
      {{"reference", "reference-path", "blue", reference, false, true}, {"you", "student-path", "red", student, true}},
      Plane{});
  const double unit = (plain.frame.y1 - plain.frame.y0) / (plain.frame.bottom - plain.frame.top);  // a pixel
  constexpr int leaves = 97;
  for (std::size_t k = leaves; k < student.size(); ++k) student[k][1] += 2 * unit;
  const auto fig = path_plot(
      {{"reference", "reference-path", "blue", reference, false, true}, {"you", "student-path", "red", student, true}},
      Plane{});
  const auto dots = dots_after(fig.svg, "student-path");
  EXPECT_LT(dots.size(), student.size() / 2);  // thinned
  const auto has_dot_at = [&](const std::vector<double>& p) {
    const auto want = pixel(fig.frame, p[0], p[1]);
    return std::any_of(dots.begin(), dots.end(),
                       [&](const auto& dot) { return std::hypot(dot[0] - want[0], dot[1] - want[1]) < 0.1; });
  };
  EXPECT_TRUE(has_dot_at(student.front()));
  EXPECT_TRUE(has_dot_at(student.back()));
  EXPECT_TRUE(has_dot_at(student[leaves])) << "no dot where the path leaves the reference";
  EXPECT_FALSE(has_dot_at(student[leaves + 1]));  // its neighbour is thinned away: the dot is kept on purpose
  // No two dots closer than can be told apart, but for the kept ones.
  std::size_t close = 0;
  for (std::size_t i = 0; i < dots.size(); ++i)
    for (std::size_t j = i + 1; j < dots.size(); ++j)
      close += std::hypot(dots[i][0] - dots[j][0], dots[i][1] - dots[j][1]) < 4.4;
  EXPECT_LE(close, 3u);
}

// Contour lines are written in whole pixels and thinned, yet stay within a pixel of marching
// squares' lines both ways, and of the true circles x^2 + y^2 = level where the grid is fine
// enough for the circle (a radius of 100 pixels and more).
TEST(Contour, DrawnLinesStayWithinAPixelOfTheLevelSet) {
  Plane plane;
  plane.surface = [](double x, double y) { return x * x + y * y; };
  plane.window = std::array{-3.0, 3.0, -2.0, 2.0};
  const auto fig = path_plot({}, plane);
  const Frame& f = fig.frame;
  const double per_unit = (f.right - f.left) / (f.x1 - f.x0);
  const auto centre = pixel(f, 0, 0);
  const auto grid = Grid::sample(plane.surface, f.x0, f.x1, f.y0, f.y1, 48, 36);
  std::vector<double> levels;
  for (double level : contour_levels(grid, 12))
    if (!contour_segments(grid, level).empty()) levels.push_back(level);
  const auto drawn = paths_of(fig.svg, "contour");
  ASSERT_EQ(drawn.size(), levels.size());
  std::size_t points = 0, segments = 0;
  int true_checked = 0;
  for (std::size_t i = 0; i < levels.size(); ++i) {
    const auto pieces = pieces_of(drawn[i]);
    std::vector<Pixels> raw;
    for (const auto& s : contour_segments(grid, levels[i])) raw.push_back({pixel(f, s[0], s[1]), pixel(f, s[2], s[3])});
    segments += raw.size();
    const double radius = std::sqrt(levels[i]) * per_unit;
    for (const auto& piece : pieces)
      for (std::size_t k = 0; k < piece.size(); ++k) {
        ++points;
        const auto mid = k + 1 < piece.size()
                             ? std::array{(piece[k][0] + piece[k + 1][0]) / 2, (piece[k][1] + piece[k + 1][1]) / 2}
                             : piece[k];
        for (const auto& p : {piece[k], mid}) {
          EXPECT_LE(to_polyline(p, raw), 1.0) << "level " << levels[i];
          if (radius >= 100) {
            EXPECT_NEAR(std::hypot(p[0] - centre[0], p[1] - centre[1]), radius, 1.0) << "level " << levels[i];
            ++true_checked;
          }
        }
      }
    for (const auto& s : raw)
      for (const auto& p : s) EXPECT_LE(to_polyline(p, pieces), 1.0) << "level " << levels[i];
  }
  EXPECT_GT(true_checked, 20);
  EXPECT_LT(points, segments);  // thinned: fewer points drawn than marching squares made segments
}

}  // namespace
}  // namespace gdlab::feedback::svg
