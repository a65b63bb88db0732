// The feedback page of one submission: `gdlab check --format html`, and one per student in
// batch grading.
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

#include "grading/verdict.hpp"

namespace gdlab::feedback {

// One self-contained HTML file: the score; per problem each test's verdict and message, the
// failed checks, the diagnosed mistakes (or the note saying none matched), the compiler's
// diagnostics; and the plots of the first failed test of each problem (else its first test
// with a plot). Everything from the student is made printable, clipped and HTML-escaped.
// Stays under 2 MB: plots stop (saying so) once the page passes 1.5 MB. `about`: lines on what
// was graded (a git clone's commit, files not taken), shown under the score.
void write_html(const grading::Report& report, std::ostream& out, const std::vector<std::string>& about = {});

}  // namespace gdlab::feedback
