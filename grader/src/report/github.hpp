// GitHub Actions output: workflow-command annotations for the log, the log itself kept from
// being read as commands, and a Markdown table for $GITHUB_STEP_SUMMARY.
//
// The rules followed, as published: "Workflow commands for GitHub Actions"
// (docs.github.com/en/actions/reference/workflows-and-actions/workflow-commands): the
// `::error file=,line=,col=,title=::message` grammar, `::stop-commands::{token}` with a token
// random per run; the escapes %25 %0D %0A in a message, and also %3A %2C in a property
// (actions/toolkit packages/core/src/command.ts, which actions/runner's ActionCommand unescapes);
// at most 10 error, 10 warning and 10 notice annotations per step and 50 per job
// (actions/toolkit docs/problem-matchers.md, "Limitations"); a message cut at 4096 characters
// (actions/runner ExecutionContext, _maxIssueMessageLength).
#pragma once

#include <cstddef>
#include <string>

#include "grading/verdict.hpp"
#include "report/locate.hpp"

namespace gdlab::report {

inline constexpr int github_max_errors = 10;             // per step; more are not shown
inline constexpr std::size_t github_max_message = 4000;  // under the runner's 4096

// One ::error per problem that did not pass, never one per test: a build that failed at the
// compiler's first error in the student's file (file, line, col), failed tests at the line
// that defines the first of their functions in the file (from `sources`): a gradient that is
// wrong fails its own tests and the loop's, and comes first. At most 10: past nine, the tenth names the rest.
// Tests that are not implemented yet make one ::notice together, then a ::notice with the
// score. Student text can neither break a line nor start a command of its own.
std::string github_annotations(const grading::Report& report, const Sources& sources = {});

// `text` between ::stop-commands::TOKEN and ::TOKEN::, so that nothing a student's program or
// compiler said (it reaches the text report) is read as a workflow command. The runner also
// reads a line with leading spaces, and "##[" anywhere in a line, as one.
std::string without_commands(const std::string& text);                            // random token
std::string without_commands(const std::string& text, const std::string& token);  // for tests

// problem | test | result | points, one row per test, and a total row.
std::string github_summary(const grading::Report& report);

}  // namespace gdlab::report
