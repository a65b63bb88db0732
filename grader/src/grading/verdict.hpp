// Verdicts and the scores that follow from them.
#pragma once

#include <string>
#include <vector>

namespace gdlab::grading {

enum class Verdict {
  passed,
  failed,            // ran and returned, but a check failed
  not_implemented,   // gdlab::todo() was reached
  compile_error,
  time_limit,
  memory_limit,
  runtime_error,     // signal, uncaught exception, exit before returning a result
  output_limit,
  protocol_error,    // the result frame was missing parts or malformed
  forbidden,         // tried something no exercise needs: a network connection, a new process
};

std::string to_string(Verdict v);
std::string describe(Verdict v);  // for students: "time limit exceeded", ...

struct CheckResult {
  std::string kind;     // trajectory, final_loss, ...
  bool passed = false;
  std::string message;  // expected, got and tolerance, in words
};

struct TestResult {
  std::string problem;   // problem id
  std::string name;
  std::string visibility;   // visible | hidden | after_due_date
  Verdict verdict = Verdict::failed;
  double max_score = 0;
  std::vector<CheckResult> checks;
  std::string message;      // why, when the verdict is not passed/failed (or a summary)
  std::string output;       // the program's stdout/stderr, capped
  double seconds = 0;
  int leftover_processes = 0;  // found alive after the test (and killed): should stay 0

  // Full points if and only if passed: the score is derived, never stored apart.
  double score() const { return verdict == Verdict::passed ? max_score : 0.0; }
};

struct ProblemResult {
  std::string id, title, source;
  std::string diagnostics;  // compiler output, trimmed, when the build failed
  std::vector<TestResult> tests;
  double score() const;
  double max_score() const;
};

struct Report {
  std::string assignment;
  std::vector<ProblemResult> problems;
  double seconds = 0;
  std::vector<std::string> layers;  // isolation layers that were active
  double score() const;
  double max_score() const;
  bool all_passed() const;
};

}  // namespace gdlab::grading
