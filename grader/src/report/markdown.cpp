#include "report/markdown.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "report/diagnoses.hpp"
#include "text/points.hpp"
#include "text/printable.hpp"

namespace gdlab::report {
namespace {

using grading::Verdict;

std::string cell(const std::string& text) {
  std::string out;
  for (char c : text::printable(text)) {
    if (c == '|') out += "\\|";
    else if (c == '\n' || c == '\t') out += ' ';
    else if (c == '<' || c == '>' || c == '`' || c == '*' || c == '_' || c == '[' || c == ']')
      out += std::string("\\") + c;
    else out += c;
  }
  return out;
}

std::string why(const grading::TestResult& t, const ProblemDiagnoses& mistakes) {
  std::string text;
  for (const auto& c : t.checks)
    if (!c.passed) text += c.message + "\n";
  if (text.empty() && !t.message.empty()) text = t.message + "\n";
  for (const auto& said : mistakes.for_test(t)) text += said.line() + "\n";
  if (!t.output.empty()) text += "\nProgram output:\n" + t.output;
  return text;
}

}  // namespace

std::string fenced(const std::string& text) {
  std::size_t longest = 0, run = 0;
  for (char c : text) {
    run = c == '`' ? run + 1 : 0;
    longest = std::max(longest, run);
  }
  const std::string fence(std::max<std::size_t>(3, longest + 1), '`');
  std::string body = text::printable(text);
  if (!body.empty() && body.back() != '\n') body += '\n';
  return fmt::format("{}text\n{}{}\n", fence, body, fence);
}

std::string to_markdown(const grading::Report& r) {
  std::string md = fmt::format("# {}: {} / {}\n", cell(r.assignment.empty() ? "gdlab" : r.assignment),
                               text::points(r.score()), text::points(r.max_score()));
  for (const auto& p : r.problems) {
    md += fmt::format("\n## {}{}: {} / {}\n\n", cell(p.id), p.title.empty() ? "" : " — " + cell(p.title),
                      text::points(p.score()), text::points(p.max_score()));
    if (!p.diagnostics.empty())
      md += fmt::format("`{}` does not compile:\n\n{}\n", cell(p.source), fenced(p.diagnostics));
    if (grading::file_missing(p)) md += cell(grading::missing_line(p)) + "\n\n";
    const auto mistakes = diagnoses_of(p);
    for (const auto& said : mistakes.for_problem()) md += cell(said.line()) + "\n\n";
    md += "| test | points | result |\n|---|---:|---|\n";
    for (const auto& t : p.tests)
      md += fmt::format("| {} | {}/{} | {} |\n", cell(t.name), text::points(t.score()), text::points(t.max_score),
                        grading::describe(t.verdict));
    for (const auto& t : p.tests) {
      if (t.verdict == Verdict::passed || t.verdict == Verdict::compile_error || t.verdict == Verdict::missing)
        continue;
      const auto text = why(t, mistakes);
      if (!text.empty())
        md += fmt::format("\n**{}** — {}\n\n{}", cell(t.name), grading::describe(t.verdict), fenced(text));
    }
  }
  return md;
}

}  // namespace gdlab::report
