#include "feedback/contour.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace gdlab::feedback {
namespace {

constexpr double kLowest = 2e-3;  // the lowest level, as a fraction of the grid's range
constexpr double kHighest = 0.8;  // the highest: above it lines only clip the corners

struct Point {
  double x, y;
};

}  // namespace

Grid Grid::sample(const std::function<double(double, double)>& f, double x0, double x1, double y0, double y1, int nx,
                  int ny) {
  Grid g{.x0 = x0, .x1 = x1, .y0 = y0, .y1 = y1, .nx = nx, .ny = ny};
  g.z.reserve(static_cast<std::size_t>((nx + 1) * (ny + 1)));
  for (int j = 0; j <= ny; ++j)
    for (int i = 0; i <= nx; ++i) g.z.push_back(f(x0 + (x1 - x0) * i / nx, y0 + (y1 - y0) * j / ny));
  return g;
}

std::vector<double> contour_levels(const Grid& grid, int count) {
  double lo = std::numeric_limits<double>::infinity(), hi = -lo;
  for (double v : grid.z)
    if (std::isfinite(v)) lo = std::min(lo, v), hi = std::max(hi, v);
  std::vector<double> levels;
  if (!(hi > lo) || count < 1) return levels;
  const double ratio = count > 1 ? std::pow(kHighest / kLowest, 1.0 / (count - 1)) : 1.0;
  double fraction = kLowest;
  for (int k = 0; k < count; ++k, fraction *= ratio) levels.push_back(lo + (hi - lo) * fraction);
  return levels;
}

namespace {

// The level's crossings, each named by the grid edge it lies on: horizontal edges (i, j)-(i+1, j)
// first, then vertical ones (i, j)-(i, j+1). Two cells sharing an edge name its crossing alike.
class Crossings {
 public:
  Crossings(const Grid& g, double level) : g_(g), level_(level), horizontal_(g.nx * (g.ny + 1)) {}

  int bottom(int i, int j) const { return j * g_.nx + i; }
  int left(int i, int j) const { return horizontal_ + j * (g_.nx + 1) + i; }
  int edges() const { return horizontal_ + (g_.nx + 1) * g_.ny; }

  // Where the level crosses an edge, by linear interpolation from its lower node.
  Point at(int edge) const {
    const bool vertical = edge >= horizontal_;
    const int e = vertical ? edge - horizontal_ : edge;
    const int row = vertical ? g_.nx + 1 : g_.nx;
    const int i0 = e % row, j0 = e / row, i1 = i0 + !vertical, j1 = j0 + vertical;
    const double a = g_.at(i0, j0), b = g_.at(i1, j1);
    const double t = (level_ - a) / (b - a);
    return {g_.x0 + (g_.x1 - g_.x0) * (i0 + t * (i1 - i0)) / g_.nx,
            g_.y0 + (g_.y1 - g_.y0) * (j0 + t * (j1 - j0)) / g_.ny};
  }

 private:
  const Grid& g_;
  double level_;
  int horizontal_;
};

// Marching squares: per cell, the segments joining the crossings of its edges.
std::vector<std::array<int, 2>> edge_segments(const Grid& g, const Crossings& c, double level) {
  std::vector<std::array<int, 2>> out;
  for (int j = 0; j < g.ny; ++j) {
    for (int i = 0; i < g.nx; ++i) {
      // Corners counter-clockwise from the bottom left; edges bottom, right, top, left.
      const double z[4] = {g.at(i, j), g.at(i + 1, j), g.at(i + 1, j + 1), g.at(i, j + 1)};
      if (!std::all_of(z, z + 4, [](double v) { return std::isfinite(v); })) continue;
      const bool above[4] = {z[0] >= level, z[1] >= level, z[2] >= level, z[3] >= level};
      const int edge[4] = {c.bottom(i, j), c.left(i + 1, j), c.bottom(i, j + 1), c.left(i, j)};
      bool crossed[4];
      int n = 0;
      for (int e = 0; e < 4; ++e) n += crossed[e] = above[e] != above[(e + 1) % 4];
      const auto add = [&](int a, int b) { out.push_back({edge[a], edge[b]}); };
      if (n == 2) {
        int a = -1, b = -1;
        for (int e = 0; e < 4; ++e)
          if (crossed[e]) (a < 0 ? a : b) = e;
        add(a, b);
      } else if (n == 4) {
        const bool centre = (z[0] + z[1] + z[2] + z[3]) / 4 >= level;
        if (centre == above[0]) add(0, 1), add(2, 3);  // corners 1 and 3 are islands
        else add(0, 3), add(1, 2);                     // corners 0 and 2 are islands
      }
    }
  }
  return out;
}

}  // namespace

std::vector<std::array<double, 4>> contour_segments(const Grid& g, double level) {
  const Crossings c(g, level);
  std::vector<std::array<double, 4>> out;
  for (const auto& [a, b] : edge_segments(g, c, level)) {
    const Point p = c.at(a), q = c.at(b);
    out.push_back({p.x, p.y, q.x, q.y});
  }
  return out;
}

std::vector<std::vector<double>> contour_lines(const Grid& g, double level) {
  const Crossings c(g, level);
  const auto segments = edge_segments(g, c, level);
  // An edge's crossing ends at most two segments: one per cell beside it.
  std::vector<std::array<int, 2>> touching(static_cast<std::size_t>(c.edges()), {-1, -1});
  for (int s = 0; s < static_cast<int>(segments.size()); ++s)
    for (int edge : segments[static_cast<std::size_t>(s)]) {
      auto& t = touching[static_cast<std::size_t>(edge)];
      (t[0] < 0 ? t[0] : t[1]) = s;
    }
  std::vector<bool> used(segments.size(), false);
  std::vector<std::vector<double>> lines;
  // From `edge`, along unused segments until the line ends or closes.
  const auto trace = [&](int edge) {
    auto& line = lines.emplace_back();
    const auto put = [&](int e) {
      const Point p = c.at(e);
      line.push_back(p.x), line.push_back(p.y);
    };
    put(edge);
    for (;;) {
      const auto& t = touching[static_cast<std::size_t>(edge)];
      int next = -1;
      for (int s : t)
        if (s >= 0 && !used[static_cast<std::size_t>(s)]) next = s;
      if (next < 0) break;
      used[static_cast<std::size_t>(next)] = true;
      const auto& seg = segments[static_cast<std::size_t>(next)];
      edge = seg[0] == edge ? seg[1] : seg[0];
      put(edge);
    }
  };
  // Open lines first, from an end (an edge only one segment reaches), then the closed rings.
  for (const auto& seg : segments)
    for (int edge : seg) {
      const auto& t = touching[static_cast<std::size_t>(edge)];
      if (t[1] < 0 && !used[static_cast<std::size_t>(t[0])]) trace(edge);
    }
  for (std::size_t s = 0; s < segments.size(); ++s)
    if (!used[s]) trace(segments[s][0]);
  return lines;
}

}  // namespace gdlab::feedback
