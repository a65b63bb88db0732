#include "report/junit.hpp"

#include <fmt/format.h>

#include "report/text.hpp"

namespace gdlab::report {
namespace {

using grading::Verdict;

// Escapes markup; in attributes also tab and newline, which parsers would otherwise
// normalise to spaces.
std::string escape(std::string_view raw, bool attribute) {
  std::string out;
  for (char c : printable(raw)) {
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
  int tests = 0, failures = 0, errors = 0, skipped = 0;
  double time = 0;
  void add(const grading::TestResult& t) {
    ++tests;
    time += t.seconds;
    if (t.verdict == Verdict::failed) ++failures;
    else if (t.verdict == Verdict::not_implemented) ++skipped;
    else if (t.verdict != Verdict::passed) ++errors;
  }
};

std::string failure(const grading::TestResult& t) {
  std::string message, type = "failed", text;
  for (const auto& c : t.checks) {
    if (c.passed) continue;
    if (message.empty()) message = c.message, type = c.kind;
    text += c.message + "\n";
  }
  if (message.empty()) message = t.message.empty() ? "failed" : t.message;
  if (!t.message.empty()) text += t.message + "\n";
  return fmt::format("      <failure message=\"{}\" type=\"{}\">{}</failure>\n", attr(message),
                     attr(type), body(text));
}

std::string error(const grading::TestResult& t, const grading::ProblemResult& p) {
  const auto message = t.message.empty() ? grading::describe(t.verdict)
                                         : grading::describe(t.verdict) + ": " + t.message;
  const auto text = t.verdict == Verdict::compile_error ? p.diagnostics : t.message;
  return fmt::format("      <error message=\"{}\" type=\"{}\">{}</error>\n", attr(message),
                     attr(grading::to_string(t.verdict)), body(text));
}

std::string outcome(const grading::TestResult& t, const grading::ProblemResult& p) {
  switch (t.verdict) {
    case Verdict::passed: return "";
    case Verdict::failed: return failure(t);
    case Verdict::not_implemented:
      return fmt::format("      <skipped message=\"{}\"/>\n", attr(grading::describe(t.verdict)));
    default: return error(t, p);
  }
}

std::string testcase(const grading::TestResult& t, const grading::ProblemResult& p) {
  std::string inner = outcome(t, p);
  if (!t.output.empty())
    inner += fmt::format("      <system-out>{}</system-out>\n", body(t.output));
  const auto open = fmt::format("    <testcase classname=\"{}\" name=\"{}\" time=\"{}\"",
                                attr(p.id), attr(t.name), seconds(t.seconds));
  return inner.empty() ? open + "/>\n" : fmt::format("{}>\n{}    </testcase>\n", open, inner);
}

std::string testsuite(const grading::ProblemResult& p, Counts& total) {
  Counts c;
  std::string cases;
  for (const auto& t : p.tests) c.add(t), total.add(t), cases += testcase(t, p);
  return fmt::format(
      "  <testsuite name=\"{}\" tests=\"{}\" failures=\"{}\" errors=\"{}\" skipped=\"{}\" "
      "time=\"{}\">\n{}  </testsuite>\n",
      attr(p.id), c.tests, c.failures, c.errors, c.skipped, seconds(c.time), cases);
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
      attr(report.assignment.empty() ? "gdlab" : report.assignment), total.tests,
      total.failures, total.errors, seconds(report.seconds), suites);
}

}  // namespace gdlab::report
