// GitHub Actions output: workflow-command annotations for the log, and a Markdown table for
// $GITHUB_STEP_SUMMARY.
#pragma once

#include <string>

#include "grading/verdict.hpp"

namespace gdlab::report {

// One "::error file=...,line=1,title=problem: test::why" line per test that did not pass, then
// one "::notice" line with the score. Escaped per GitHub's workflow-command rules, so student
// text can neither break a line nor start a command of its own.
std::string github_annotations(const grading::Report& report);

// problem | test | result | points, one row per test, and a total row.
std::string github_summary(const grading::Report& report);

}  // namespace gdlab::report
