// The report `gdlab check` prints for a student at a terminal.
#pragma once

#include <iosfwd>
#include <string>
#include <string_view>

#include "grading/verdict.hpp"

namespace gdlab::report {

// The mark a test's line starts with: ✓ passed, ✗ failed, … not implemented, ! anything else.
std::string_view mark(grading::Verdict v);

// One header line per problem, one line per test, failed checks' messages below failed tests,
// a problem's compiler diagnostics once, the mistake that explains all its failed tests once
// (report/diagnoses.hpp), and "Score: X / Y" last. ANSI colours iff `colour`.
void write_text(const grading::Report& report, std::ostream& out, bool colour);

}  // namespace gdlab::report
