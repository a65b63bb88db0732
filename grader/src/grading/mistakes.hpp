// When a student's result shows a named mistake. A problem's mistakes are whole wrong
// implementations (its mistake files, declared/answers.cpp runs them on a test as it runs a
// submission) and parameterised families (families.hpp); the student's result is compared with
// each mistake's on the same test, and with the right one.
#pragma once

#include "grading/outcome.hpp"

namespace gdlab::grading {

// How far a student's result may stray from a mistake's and still show it: loose, so that the
// order of a sum does not hide a mistake (relative, plus 1e-9 absolute).
inline constexpr double loose_rtol = 1e-6;
// As close as the spec's own checks ask of a right answer (1e-9 + 1e-9 |x|, the tightest they set).
inline constexpr double exact_rtol = 1e-9;

// Within 1e-9 + rtol relative.
bool close(double a, double b, double rtol = loose_rtol);
bool close(const Vector& a, const Vector& b, double rtol = loose_rtol);

// Whether two results agree within `rtol`: paths, histories, values, gradients, rows and the
// converged flag alike.
bool same_result(const Outcome& a, const Outcome& b, double rtol = loose_rtol);

// Whether the student's result shows the mistake whose result on this test is `wrong`, the right
// answer being `right`. A mistake explains only a failure it causes: where its result is the
// right one (a coordinate order on a separable objective), it names nothing. Where it moves the
// result less than the loose match can tell (eps inside a square root), the student's result
// must be the mistake's as exactly as the checks ask of a right answer, and not the right one.
bool shows_mistake(const Outcome& student, const Outcome& wrong, const Outcome& right);

}  // namespace gdlab::grading
