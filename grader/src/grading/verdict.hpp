// Verdicts and the scores that follow from them.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace gdlab::grading {

enum class Verdict {
  passed,
  failed,           // ran and returned, but a check failed
  not_implemented,  // gdlab::todo() was reached
  compile_error,
  missing,  // the problem's file is not in the submission: nothing was built or run
  time_limit,
  memory_limit,
  runtime_error,  // signal, uncaught exception, exit before returning a result
  output_limit,
  protocol_error,  // the result frame was missing parts or malformed
  forbidden,       // tried something no exercise needs: a network connection, a new process
};
constexpr Verdict last_verdict = Verdict::forbidden;  // keep it the last enumerator

std::string to_string(Verdict v);
// The verdict whose to_string is `text`; throws std::invalid_argument for any other text.
Verdict verdict_from_string(const std::string& text);
std::string describe(Verdict v);  // for students: "time limit exceeded", ...

struct CheckResult {
  std::string kind;  // trajectory, final_loss, ...
  bool passed = false;
  std::string message;  // expected, got and tolerance, in words
};

// What a feedback page draws for one test: both paths and the loss along each.
struct Plot {
  std::vector<std::vector<double>> student, reference;  // iterates, the start included
  std::vector<double> student_loss, reference_loss;     // the loss at each iterate, or the cost history
  std::string objective;                                // its name (e.g. "valley"), for contour lines
};

// A named mistake whose path the student's matches (grading/mistakes), and a hint for them.
struct Diagnosis {
  std::string mistake;  // id, e.g. "ascent"
  std::string title;    // "gradient ascent instead of descent"
  std::string hint;     // "your steps go uphill: look at the sign of the update"
};

struct TestResult {
  std::string problem;  // problem id
  std::string name;
  std::string visibility;  // visible | hidden | after_due_date
  Verdict verdict = Verdict::failed;
  double max_score = 0;
  std::vector<CheckResult> checks;
  std::string message;  // why, when the verdict is not passed/failed (or a summary)
  std::string output;   // the program's stdout/stderr, capped
  double seconds = 0;
  int leftover_processes = 0;        // found alive after the test (and killed): should stay 0
  std::optional<Plot> plot;          // when the program returned a path or a cost history
  std::vector<Diagnosis> diagnoses;  // when a check failed: the mistakes its path matches
  std::string diagnosis_note;        // when none matches: said honestly, with the first difference
  std::string note_if_unnamed;       // that note, kept while mistakes match (grading/refuted.hpp)

  // Full points if and only if passed: the score is derived, never stored apart.
  double score() const { return verdict == Verdict::passed ? max_score : 0.0; }
};

struct ProblemResult {
  std::string id, title, source;
  std::string diagnostics = {};  // compiler output, trimmed, when the build failed
  std::vector<TestResult> tests = {};
  double score() const;
  double max_score() const;
};

// A problem whose file was not handed in (its tests' verdict is missing), and the line that says
// so once for the problem: "missing: exercises/momentum.cpp (not found in the submission)".
bool file_missing(const ProblemResult& p);
std::string missing_line(const ProblemResult& p);
// What each of its tests says after the verdict: "exercises/momentum.cpp (not found in the submission)".
std::string missing_message(const std::string& source);

struct Report {
  std::string assignment;
  std::vector<ProblemResult> problems;
  double seconds = 0;
  std::vector<std::string> layers;           // isolation layers that were active
  std::vector<std::string> from_last_check;  // problems read back from `gdlab check`'s kept results, not run
  double score() const;
  double max_score() const;
  bool all_passed() const;
};

}  // namespace gdlab::grading
