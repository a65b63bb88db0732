#include "report/junit.hpp"

#include <fmt/format.h>

#include "report/explain.hpp"
#include "text/printable.hpp"

namespace gdlab::report {
namespace {

using grading::Verdict;

// Escapes markup; in attributes also tab and newline, which parsers would otherwise
// normalise to spaces.
std::string escape(std::string_view raw, bool attribute) {
  std::string out;
  for (char c : text::printable(raw)) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;  // also breaks any "]]>"
      case '"': out += attribute ? "&quot;" : "\""; break;
      case '\'': out += attribute ? "&apos;" : "'"; break;
      case '\n': out += attribute ? "&#10;" : "\n"; break;
      case '\t': out += attribute ? "&#9;" : "\t"; break;
      default: out += c;
    }
  }
  return out;
}

std::string attr(std::string_view raw) { return escape(raw, true); }
std::string body(std::string_view raw) { return escape(raw, false); }
std::string seconds(double s) { return fmt::format("{:.3f}", s); }

struct Counts {
  int tests = 0, failures = 0, errors = 0;
  double time = 0;
  void add(const grading::TestResult& t) {
    ++tests;
    time += t.seconds;
    // A stub still at gdlab::todo() fails: an untouched repository must not look all green.
    if (t.verdict == Verdict::failed || t.verdict == Verdict::not_implemented) ++failures;
    else if (t.verdict != Verdict::passed) ++errors;
  }
};

// The message attribute holds the first failed check; the text (which GitLab shows, and which
// holds the message in every consumer) holds all of them and the named mistake's hint.
std::string failure(const grading::TestResult& t) {
  std::string message, type = grading::to_string(t.verdict);
  for (const auto& c : t.checks) {
    if (c.passed || !message.empty()) continue;
    message = c.message, type = c.kind;
  }
  if (message.empty()) message = t.message.empty() ? grading::describe(t.verdict) : t.message;
  std::string text = reasons(t);
  if (t.verdict == Verdict::not_implemented)
    text += std::string(text.empty() ? "" : "\n") + "Not implemented yet: replace gdlab::todo(...) with your code.";
  return fmt::format("      <failure message=\"{}\" type=\"{}\">{}</failure>\n", attr(message), attr(type),
                     body(text + "\n"));
}

std::string error(const grading::TestResult& t, const grading::ProblemResult& p) {
  const auto message =
      t.message.empty() ? grading::describe(t.verdict) : grading::describe(t.verdict) + ": " + t.message;
  const auto text = t.verdict == Verdict::compile_error ? p.diagnostics : t.message;
  return fmt::format("      <error message=\"{}\" type=\"{}\">{}</error>\n", attr(message),
                     attr(grading::to_string(t.verdict)), body(text));
}

std::string outcome(const grading::TestResult& t, const grading::ProblemResult& p) {
  switch (t.verdict) {
    case Verdict::passed: return "";
    case Verdict::failed:
    case Verdict::not_implemented: return failure(t);
    default: return error(t, p);
  }
}

std::string testcase(const grading::TestResult& t, const grading::ProblemResult& p) {
  std::string inner = outcome(t, p);
  if (!t.output.empty()) inner += fmt::format("      <system-out>{}</system-out>\n", body(t.output));
  // file= is the attribute GitLab documents for "the file where the test is defined"
  // (docs.gitlab.com/ci/testing/unit_test_reports); here, the student's file the test grades.
  const auto open = fmt::format("    <testcase classname=\"{}\" name=\"{}\" file=\"{}\" time=\"{}\"", attr(p.id),
                                attr(t.name), attr(p.source), seconds(t.seconds));
  return inner.empty() ? open + "/>\n" : fmt::format("{}>\n{}    </testcase>\n", open, inner);
}

std::string testsuite(const grading::ProblemResult& p, Counts& total) {
  Counts c;
  std::string cases;
  for (const auto& t : p.tests) c.add(t), total.add(t), cases += testcase(t, p);
  return fmt::format(
      "  <testsuite name=\"{}\" tests=\"{}\" failures=\"{}\" errors=\"{}\" skipped=\"0\" "
      "time=\"{}\">\n{}  </testsuite>\n",
      attr(p.id), c.tests, c.failures, c.errors, seconds(c.time), cases);
}

}  // namespace

std::string to_junit(const grading::Report& report) {
  Counts total;
  std::string suites;
  for (const auto& p : report.problems) suites += testsuite(p, total);
  // <testsuites> carries no skipped count: Jenkins' schema has none there.
  return fmt::format(
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<testsuites name=\"{}\" tests=\"{}\" failures=\"{}\" errors=\"{}\" time=\"{}\">\n"
      "{}</testsuites>\n",
      attr(report.assignment.empty() ? "gdlab" : report.assignment), total.tests, total.failures, total.errors,
      seconds(report.seconds), suites);
}

}  // namespace gdlab::report
