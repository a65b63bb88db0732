// A named mistake that a passed test rules out is not named on the failed ones. Its own result
// would have failed a test the student passed, so the student's code is not that mistake, however
// well it matches elsewhere (issue 27: a gd_2d that scaled the gradient wrongly was named "stops
// before the step", a mistake whose result fails Section 10's tests, which that student passed).
#pragma once

#include "grading/answers.hpp"
#include "grading/verdict.hpp"
#include "spec/spec.hpp"

namespace gdlab::grading {

// Drops from the problem's failed tests every diagnosis a passed test of the same entry refutes
// (a mistake file is wrong in every entry, a student perhaps in one); a failed test left with none
// gets the note on what first differs instead. Of two mistakes left that each explain every
// failed test, the one a passed test of another entry refutes goes. Asks the answers only when some failed
// test names a mistake and some test passed.
void drop_refuted(ProblemResult& result, const spec::Problem& problem, Answers& answers);

}  // namespace gdlab::grading
