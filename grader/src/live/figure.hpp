// One run of the live lab drawn with the feedback page's own pictures: the student's path and
// the reference's over the contours (2-D, on the figure's fixed window, both axes on one
// scale) or on the curve (1-D), and the first step where the two part, marked.
#pragma once

#include <array>
#include <optional>
#include <vector>

#include "feedback/svg.hpp"
#include "gdlab/objective.hpp"

namespace gdlab::live {

using Rows = std::vector<std::vector<double>>;

// The first k where student[k] is not within atol + rtol |reference[k]| of reference[k] (an
// iterate one has and the other has not counts); nullopt when the paths agree.
std::optional<std::size_t> first_difference(const Rows& student, const Rows& reference, double atol, double rtol);

struct RunPicture {
  const Objective* objective = nullptr;
  std::optional<std::array<double, 4>> window = {};  // 2-D only
  Rows student, reference;
  bool reference_settles = true;  // the window may follow the reference
  std::optional<std::size_t> leaves_at = {};
  feedback::svg::Layout layout = {};  // its text alternative; compact for a panel of several
};

// The picture, with <g class="leaves-reference" data-step="k"> on the student's iterate k
// (the reference's when the student has none there).
feedback::svg::Figure draw_run(const RunPicture& run);

}  // namespace gdlab::live
