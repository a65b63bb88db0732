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

Grid Grid::sample(const std::function<double(double, double)>& f, double x0, double x1, double y0,
                  double y1, int nx, int ny) {
  Grid g{.x0 = x0, .x1 = x1, .y0 = y0, .y1 = y1, .nx = nx, .ny = ny};
  g.z.reserve(static_cast<std::size_t>((nx + 1) * (ny + 1)));
  for (int j = 0; j <= ny; ++j)
    for (int i = 0; i <= nx; ++i)
      g.z.push_back(f(x0 + (x1 - x0) * i / nx, y0 + (y1 - y0) * j / ny));
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

std::vector<std::array<double, 4>> contour_segments(const Grid& g, double level) {
  std::vector<std::array<double, 4>> out;
  const auto x = [&](double i) { return g.x0 + (g.x1 - g.x0) * i / g.nx; };
  const auto y = [&](double j) { return g.y0 + (g.y1 - g.y0) * j / g.ny; };
  // Where the level crosses the edge from node (i0, j0) to (i1, j1), by linear interpolation.
  const auto cross = [&](int i0, int j0, int i1, int j1) {
    const double a = g.at(i0, j0), b = g.at(i1, j1);
    const double t = (level - a) / (b - a);
    return Point{x(i0 + t * (i1 - i0)), y(j0 + t * (j1 - j0))};
  };
  for (int j = 0; j < g.ny; ++j) {
    for (int i = 0; i < g.nx; ++i) {
      // Corners counter-clockwise from the bottom left; edges bottom, right, top, left.
      const double z[4] = {g.at(i, j), g.at(i + 1, j), g.at(i + 1, j + 1), g.at(i, j + 1)};
      if (!std::all_of(z, z + 4, [](double v) { return std::isfinite(v); })) continue;
      const bool above[4] = {z[0] >= level, z[1] >= level, z[2] >= level, z[3] >= level};
      const int corner[5][2] = {{i, j}, {i + 1, j}, {i + 1, j + 1}, {i, j + 1}, {i, j}};
      Point p[4];
      bool crossed[4];
      int n = 0;
      for (int e = 0; e < 4; ++e) {
        crossed[e] = above[e] != above[(e + 1) % 4];
        if (crossed[e]) p[e] = cross(corner[e][0], corner[e][1], corner[e + 1][0], corner[e + 1][1]), ++n;
      }
      const auto add = [&](int a, int b) { out.push_back({p[a].x, p[a].y, p[b].x, p[b].y}); };
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

}  // namespace gdlab::feedback
