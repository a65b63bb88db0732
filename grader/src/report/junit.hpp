// JUnit XML for Jenkins and GitLab: one <testsuite> per problem, one <testcase> per test.
#pragma once

#include <string>

#include "grading/verdict.hpp"

namespace gdlab::report {

// failed -> <failure>, not implemented -> <skipped>, any other non-pass -> <error>.
// Everything is escaped and sanitized (see printable), so the document is well-formed
// XML 1.0 whatever the student's program printed.
std::string to_junit(const grading::Report& report);

}  // namespace gdlab::report
