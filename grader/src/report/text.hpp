// The report `gdlab check` prints for a student at a terminal, and the text helpers every
// report format shares.
#pragma once

#include <iosfwd>
#include <string>
#include <string_view>

#include "grading/verdict.hpp"

namespace gdlab::report {

// Student programs print anything: the result is valid UTF-8 with no control characters but
// tab and newline (others, malformed bytes and U+FFFE/U+FFFF become U+FFFD; CR becomes a
// newline). That keeps terminals, XML 1.0, JSON consumers and CI logs safe.
std::string printable(std::string_view s);

// The mark a test's line starts with: ✓ passed, ✗ failed, … not implemented, ! anything else.
std::string_view mark(grading::Verdict v);

// Points without noise: 2 -> "2", 2.5 -> "2.5", 1/3 -> "0.33".
std::string points(double x);

// One header line per problem, one line per test, failed checks' messages below failed tests,
// a problem's compiler diagnostics once, the mistake that explains all its failed tests once
// (report/diagnoses.hpp), and "Score: X / Y" last. ANSI colours iff `colour`.
void write_text(const grading::Report& report, std::ostream& out, bool colour);

}  // namespace gdlab::report
