// Contour lines by marching squares over a grid of objective values (Figure 6.2's rings).
#pragma once

#include <array>
#include <functional>
#include <vector>

namespace gdlab::feedback {

// f sampled at (nx + 1) x (ny + 1) nodes of [x0, x1] x [y0, y1].
struct Grid {
  double x0 = 0, x1 = 1, y0 = 0, y1 = 1;
  int nx = 0, ny = 0;
  std::vector<double> z = {};  // z[j * (nx + 1) + i] = f(x_i, y_j)

  static Grid sample(const std::function<double(double, double)>& f, double x0, double x1, double y0, double y1, int nx,
                     int ny);
  double at(int i, int j) const { return z[static_cast<std::size_t>(j * (nx + 1) + i)]; }
};

// `count` levels between the grid's finite min and max, spaced geometrically above the min
// (dense near the bottom of the bowl, as a log-scaled height map would be). Empty when the
// grid is flat or has no finite value.
std::vector<double> contour_levels(const Grid& grid, int count);

// The level set {f = level} as segments {xa, ya, xb, yb} in data coordinates. Cells with a
// non-finite corner are skipped; an ambiguous (saddle) cell is resolved by its centre value.
std::vector<std::array<double, 4>> contour_segments(const Grid& grid, double level);

// The same level set joined into polylines {x0, y0, x1, y1, ...}: each crossing of a grid edge
// once, so a ring is one closed line (its first point repeated last) rather than a segment per
// cell drawn with both ends.
std::vector<std::vector<double>> contour_lines(const Grid& grid, double level);

}  // namespace gdlab::feedback
