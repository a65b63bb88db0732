// JUnit XML for Jenkins and GitLab: one <testsuite> per problem, one <testcase> per test.
#pragma once

#include <string>

#include "grading/verdict.hpp"

namespace gdlab::report {

// failed and not implemented -> <failure> (its text: the failed checks, the runner's message
// and the named mistake's hint), any other non-pass -> <error> (a compile error's text: the
// diagnostics). Each <testcase> names the student's file it grades in file=.
// Everything is escaped and sanitized (text::printable), so the document is well-formed
// XML 1.0 whatever the student's program printed.
std::string to_junit(const grading::Report& report);

}  // namespace gdlab::report
