#include "report/gradescope.hpp"

#include <fmt/format.h>

#include <cmath>

#include "report/diagnoses.hpp"
#include "text/points.hpp"
#include "text/printable.hpp"

namespace gdlab::report {
namespace {

using grading::Verdict;
using nlohmann::json;

// gdlab's visibility as Gradescope's. A hidden test is shown when the instructor publishes the
// grades (after_published), an after-the-deadline one after the due date; Gradescope's own
// "hidden" would never show it, yet its points would still count. While any test is not
// shown, Gradescope keeps the total from the student: "If test cases are hidden, students will
// not be able to see their total score" (docs/specs.md of gradescope/autograder_samples, since
// commit 47aed8f: all points count in the total). An unknown value is treated as hidden.
std::string visibility(const std::string& v) {
  if (v.empty() || v == "visible") return "visible";
  if (v == "after_due_date") return "after_due_date";
  return "after_published";
}

bool shown_now(const grading::TestResult& t) { return visibility(t.visibility) == "visible"; }

std::string with_block(std::string text, std::string_view heading, const std::string& block) {
  if (block.empty()) return text;
  if (!text.empty()) text += "\n\n";
  return text + fmt::format("{}\n{}", heading, block);
}

// What a student reads under the test: the verdict, the failed checks, the mistakes (a test
// stands alone here, so the problem's are repeated under each failed one), then the program's
// own output. Compiler diagnostics stand once, in the top-level output.
std::string test_output(const grading::TestResult& t, const ProblemDiagnoses& mistakes) {
  if (t.verdict == Verdict::passed) return "passed";
  if (t.verdict == Verdict::missing) return text::printable(grading::describe(t.verdict) + ": " + t.message);
  std::string text = grading::describe(t.verdict);
  if (t.verdict == Verdict::compile_error) text += " (the compiler's messages are above)";
  for (const auto& c : t.checks)
    if (!c.passed) text += "\n" + c.message;
  if (!t.message.empty()) text += "\n" + t.message;
  if (grading::explainable(t))
    for (const auto& said : mistakes.for_problem()) text += "\n" + said.line();
  for (const auto& said : mistakes.for_test(t)) text += "\n" + said.line();
  return text::printable(with_block(text, "Program output:", t.output));
}

json test_json(const grading::ProblemResult& p, const grading::TestResult& t, const ProblemDiagnoses& mistakes,
               std::string number) {
  return {
      {"name", text::printable(fmt::format("{}: {}", p.id, t.name))},
      {"name_format", "text"},
      {"number", std::move(number)},
      {"score", t.score()},
      {"max_score", t.max_score},
      {"status", t.verdict == Verdict::passed ? "passed" : "failed"},
      {"output", test_output(t, mistakes)},
      {"output_format", "text"},  // student output must never be read as HTML or Markdown
      {"visibility", visibility(t.visibility)},
      {"tags", {text::printable(p.id), grading::to_string(t.verdict)}},
  };
}

// The score line: the total when every test is shown, else only what the shown tests give, so
// that the text does not tell the total Gradescope keeps back.
std::string score_line(const grading::Report& r) {
  const std::string name = r.assignment.empty() ? "gdlab" : r.assignment;
  double score = 0, max = 0;
  bool held_back = false;
  for (const auto& p : r.problems)
    for (const auto& t : p.tests) {
      if (!shown_now(t)) {
        held_back = true;
        continue;
      }
      score += t.score();
      max += t.max_score;
    }
  if (!held_back) return fmt::format("{}: {} / {}", name, text::points(r.score()), text::points(r.max_score()));
  // Neither how many tests are held back nor what they are worth: the text is shown now.
  return fmt::format(
      "{}: {} / {} on the tests shown now; more tests and your total are shown after the due date or "
      "when grades are published",
      name, text::points(score), text::points(max));
}

// The problem as a student sees it before publication: its shown tests only, so that what is
// said of its mistakes ("explains 2 of 3 failed tests") counts no test the student cannot see.
grading::ProblemResult shown_part(const grading::ProblemResult& p) {
  grading::ProblemResult shown = p;
  std::erase_if(shown.tests, [](const grading::TestResult& t) { return !shown_now(t); });
  return shown;
}

std::string overall_output(const grading::Report& r) {
  std::string text = score_line(r);
  for (const auto& p : r.problems) {
    text = with_block(text, fmt::format("{} does not compile:", p.id), p.diagnostics);
    if (grading::file_missing(p)) text += fmt::format("\n\n{}: {}", p.id, grading::missing_line(p));
  }
  if (!r.layers.empty()) text += fmt::format("\n\nIsolation: {}", fmt::join(r.layers, ", "));
  return text::printable(text);
}

}  // namespace

json to_gradescope(const grading::Report& report) {
  json tests = json::array();
  for (std::size_t i = 0; i < report.problems.size(); ++i) {
    const auto& p = report.problems[i];
    const auto all = diagnoses_of(p), shown = diagnoses_of(shown_part(p));
    for (std::size_t j = 0; j < p.tests.size(); ++j)
      tests.push_back(
          test_json(p, p.tests[j], shown_now(p.tests[j]) ? shown : all, fmt::format("{}.{}", i + 1, j + 1)));
  }
  return {
      {"score", report.score()},          {"execution_time", std::lround(report.seconds)},
      {"output", overall_output(report)}, {"output_format", "text"},
      {"test_output_format", "text"},     {"test_name_format", "text"},
      {"stdout_visibility", "hidden"},    {"tests", std::move(tests)},
  };
}

}  // namespace gdlab::report
