// A chart's message in words and its points as a table, for whoever cannot see the picture
// (WCAG 2.1, 1.1.1): what the reference did, what the student's code did, the first step where
// the two part, and whether each converges or diverges. The feedback page and the live lab both
// say their charts this way.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace gdlab::feedback {

using Rows = std::vector<std::vector<double>>;

// The student's path against the reference's, as a test plotted them.
struct Compared {
  Rows student, reference;                           // iterates, the start included
  std::vector<double> student_loss, reference_loss;  // the loss at each iterate (may be empty)
  std::optional<double> optimum_loss = {};           // the lowest loss at a known minimiser
  std::optional<std::size_t> parts_at = {};          // where they part, when the caller knows
  bool parts_known = false;                          // parts_at is the caller's (else: first_apart)
};

// The first step where two paths can be told apart: an iterate one has and the other has not,
// or coordinates further apart than a millionth of the reference's extent (far below a pixel,
// far above rounding).
std::optional<std::size_t> first_apart(const Rows& student, const Rows& reference);

// "The reference starts at (3.5, 1.1) and after 80 steps ends at (0.0009, 0): it converges
// fast. Yours ... Yours leaves the reference at step 2." Plain text: escape it when writing.
std::string paths_in_words(const Compared& c);

// The losses' story: from what to what over how many steps, and where they part.
std::string losses_in_words(const Compared& c);

// An HTML table of the plotted points (step, each path's coordinates and loss) with `caption`;
// at most about a hundred rows: beyond, evenly spaced steps, the first and last and where the
// paths part, saying so in the caption. Empty when there is nothing to show.
std::string points_table(const Compared& c, std::string_view caption);

}  // namespace gdlab::feedback
