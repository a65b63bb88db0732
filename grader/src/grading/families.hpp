// Named mistakes whose value varies from student to student, so that no single mistake file can
// be them: recognised from the student's result and the right one. Which entries carry which
// family, and the words said to the student, are in the declaration (spec/declared.hpp).
#pragma once

#include <functional>

#include "grading/outcome.hpp"
#include "grading/reference.hpp"
#include "spec/spec.hpp"

namespace gdlab::grading {

// Whether the student's result shows `family` on a test whose right answer is `right`. The right
// answer never shows it, so a family is named only where it is the cause.
bool shows_family(spec::Family family, const Outcome& student, const Expected& right);

// The right result cut short where the gradient had become small (below 1e-3 at its last point
// or the one before): a loop that stops once the slope is small, whatever its threshold.
bool cut_short_where_gradient_small(const Outcome& student, const Outcome& right,
                                    const std::function<Vector(const Vector&)>& gradient);

}  // namespace gdlab::grading
