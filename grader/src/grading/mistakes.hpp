// The mistakes students make in these exercises, each a variant of the reference run on the
// same inputs. When a check fails, the grader runs the variants of that exercise and names
// the ones the student's result matches, with a hint that points at the spot without giving
// the answer away.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "grading/inputs.hpp"
#include "grading/outcome.hpp"
#include "grading/verdict.hpp"

namespace gdlab::grading {

struct Mistake {
  std::string id;                             // stable, for class analytics: "ascent", "missing_1_over_n", ...
  std::string title;                          // what it is
  std::string hint;                           // where to look
  std::function<Outcome(const Inputs&)> run;  // the reference with this mistake in it
  // When set, whether a student's result shows the mistake (one with a free parameter, such as
  // a loop's own threshold); else: the student's result is run's.
  std::function<bool(const Inputs&, const Outcome& student)> matches = {};
};

// A built-in entry's mistakes, and which of them a student's result matches, are looked up in
// the problems' registry above this folder: problems/answers.hpp.

// How far a student's result may stray from a mistake's and still show it: loose, so that the
// order of a sum does not hide a mistake (relative, plus 1e-9 absolute).
inline constexpr double loose_rtol = 1e-6;
// As close as the spec's own checks ask of a right answer (1e-9 + 1e-9 |x|, the tightest they set).
inline constexpr double exact_rtol = 1e-9;

// Whether two results agree within `rtol`: paths, histories, values, gradients, sweep rows and
// the converged flag alike.
bool same_result(const Outcome& a, const Outcome& b, double rtol = loose_rtol);

// Whether the student's result shows the mistake whose result on this test is `wrong`, the right
// answer being `right`. A mistake explains only a failure it causes: where its result is the
// right one (a coordinate order on a separable objective), it names nothing. Where it moves the
// result less than the loose match can tell (eps inside a square root), the student's result
// must be the mistake's as exactly as the checks ask of a right answer, and not the right one.
bool shows_mistake(const Outcome& student, const Outcome& wrong, const Outcome& right);

}  // namespace gdlab::grading
