#include "report/gradescope.hpp"

#include <fmt/format.h>

#include <cmath>

#include "report/diagnoses.hpp"
#include "report/text.hpp"

namespace gdlab::report {
namespace {

using grading::Verdict;
using nlohmann::json;

// Gradescope's visibility values; an unknown one hides the test rather than leak it.
std::string visibility(const std::string& v) {
  if (v.empty()) return "visible";
  for (const char* known : {"visible", "hidden", "after_due_date", "after_published"})
    if (v == known) return v;
  return "hidden";
}

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
  std::string text = grading::describe(t.verdict);
  if (t.verdict == Verdict::compile_error) text += " (the compiler's messages are above)";
  for (const auto& c : t.checks)
    if (!c.passed) text += "\n" + c.message;
  if (!t.message.empty()) text += "\n" + t.message;
  if (grading::explainable(t))
    for (const auto& said : mistakes.for_problem()) text += "\n" + said.line();
  for (const auto& said : mistakes.for_test(t)) text += "\n" + said.line();
  return printable(with_block(text, "Program output:", t.output));
}

json test_json(const grading::ProblemResult& p, const grading::TestResult& t, const ProblemDiagnoses& mistakes,
               std::string number) {
  return {
      {"name", printable(fmt::format("{}: {}", p.id, t.name))},
      {"name_format", "text"},
      {"number", std::move(number)},
      {"score", t.score()},
      {"max_score", t.max_score},
      {"status", t.verdict == Verdict::passed ? "passed" : "failed"},
      {"output", test_output(t, mistakes)},
      {"output_format", "text"},  // student output must never be read as HTML or Markdown
      {"visibility", visibility(t.visibility)},
      {"tags", {printable(p.id), grading::to_string(t.verdict)}},
  };
}

std::string overall_output(const grading::Report& r) {
  std::string text = fmt::format("{}: {} / {}", r.assignment.empty() ? "gdlab" : r.assignment,
                                 points(r.score()), points(r.max_score()));
  for (const auto& p : r.problems)
    text = with_block(text, fmt::format("{} does not compile:", p.id), p.diagnostics);
  if (!r.layers.empty()) text += fmt::format("\n\nIsolation: {}", fmt::join(r.layers, ", "));
  return printable(text);
}

}  // namespace

json to_gradescope(const grading::Report& report) {
  json tests = json::array();
  for (std::size_t i = 0; i < report.problems.size(); ++i) {
    const auto& p = report.problems[i];
    const auto mistakes = diagnoses_of(p);
    for (std::size_t j = 0; j < p.tests.size(); ++j)
      tests.push_back(test_json(p, p.tests[j], mistakes, fmt::format("{}.{}", i + 1, j + 1)));
  }
  return {
      {"score", report.score()},
      {"execution_time", std::lround(report.seconds)},
      {"output", overall_output(report)},
      {"output_format", "text"},
      {"test_output_format", "text"},
      {"test_name_format", "text"},
      {"stdout_visibility", "hidden"},
      {"tests", std::move(tests)},
  };
}

}  // namespace gdlab::report
