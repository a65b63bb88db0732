// The exit codes every gdlab command shares. Students' CI, the workflows `assign` ships and
// instructors' scripts branch on them, so each has one name (docs/instructors.md, "Exit codes").
#pragma once

namespace gdlab::commands {

enum ExitCode : int {
  exit_ok = 0,
  exit_failed = 1,     // it ran, but not everything passed: a test (check, validate, assign --check)
                       // or the grader on some student (grade)
  exit_bad_input = 2,  // arguments, a spec, a file: the message says what to fix
  exit_internal = 3,   // gdlab itself went wrong: worth a bug report
  exit_stopped = 130,  // Ctrl-C or SIGTERM (grade: resumable)
};

}  // namespace gdlab::commands
