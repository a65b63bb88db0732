#include "report/github.hpp"

#include <fmt/format.h>

#include "report/text.hpp"

namespace gdlab::report {
namespace {

using grading::Verdict;

// The message of a workflow command ends at the line's end.
std::string escape_data(std::string_view raw) {
  std::string out;
  for (char c : printable(raw)) {
    switch (c) {
      case '%': out += "%25"; break;
      case '\r': out += "%0D"; break;
      case '\n': out += "%0A"; break;
      default: out += c;
    }
  }
  return out;
}

// A property also ends at ',' and the properties at "::".
std::string escape_property(std::string_view raw) {
  std::string out;
  for (char c : escape_data(raw)) {
    switch (c) {
      case ':': out += "%3A"; break;
      case ',': out += "%2C"; break;
      default: out += c;
    }
  }
  return out;
}

std::string why(const grading::ProblemResult& p, const grading::TestResult& t) {
  std::string text = grading::describe(t.verdict);
  if (t.verdict == Verdict::compile_error && !p.diagnostics.empty())  // the first error says most
    text += "\n" + p.diagnostics.substr(0, p.diagnostics.find('\n'));
  for (const auto& c : t.checks)
    if (!c.passed) text += "\n" + c.message;
  if (!t.message.empty()) text += "\n" + t.message;
  return text;
}

std::string annotation(const grading::ProblemResult& p, const grading::TestResult& t) {
  std::string props;
  if (!p.source.empty()) props = fmt::format("file={},line=1,", escape_property(p.source));
  props += "title=" + escape_property(fmt::format("{}: {}", p.id, t.name));
  return fmt::format("::error {}::{}\n", props, escape_data(why(p, t)));
}

// A table cell is one line; '|' would end it, and Markdown or HTML must not render.
std::string cell(std::string_view raw) {
  std::string out;
  for (char c : printable(raw)) {
    switch (c) {
      case '\n': case '\t': out += ' '; break;
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '|': case '\\': case '`': case '*': case '_': case '[': case ']':
        out += '\\', out += c; break;
      default: out += c;
    }
  }
  return out;
}

std::string result(Verdict v) {
  const char* icon = v == Verdict::passed ? "✅" : v == Verdict::not_implemented ? "⏳" : "❌";
  return fmt::format("{} {}", icon, grading::describe(v));
}

}  // namespace

std::string github_annotations(const grading::Report& report) {
  std::string out;
  int passed = 0, total = 0;
  for (const auto& p : report.problems)
    for (const auto& t : p.tests) {
      ++total;
      if (t.verdict == Verdict::passed) ++passed;
      else out += annotation(p, t);
    }
  return out + fmt::format("::notice title=gdlab score::Score {} / {} ({} of {} tests passed)\n",
                           points(report.score()), points(report.max_score()), passed, total);
}

std::string github_summary(const grading::Report& report) {
  const auto title = cell(report.assignment.empty() ? "gdlab" : report.assignment);
  std::string out = fmt::format("### {}: {} / {}\n\n", title, points(report.score()),
                                points(report.max_score()));
  out += "| problem | test | result | points |\n| --- | --- | --- | ---: |\n";
  for (const auto& p : report.problems)
    for (const auto& t : p.tests)
      out += fmt::format("| {} | {} | {} | {} / {} |\n", cell(p.id), cell(t.name),
                         result(t.verdict), points(t.score()), points(t.max_score));
  return out + fmt::format("| **Total** | | | **{} / {}** |\n", points(report.score()),
                           points(report.max_score()));
}

}  // namespace gdlab::report
