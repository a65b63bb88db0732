#include "report/text.hpp"

#include <fmt/format.h>
#include <fmt/ostream.h>

#include <algorithm>
#include <ostream>

#include "report/diagnoses.hpp"
#include "text/points.hpp"
#include "text/printable.hpp"

namespace gdlab::report {
namespace {

using grading::Verdict;
using text::points;
using text::printable;

// Display width, roughly: one column per code point.
std::size_t columns(std::string_view s) {
  return static_cast<std::size_t>(std::count_if(s.begin(), s.end(), [](char c) { return (c & 0xC0) != 0x80; }));
}

std::string paint(std::string_view s, std::string_view code, bool colour) {
  return colour ? fmt::format("\x1b[{}m{}\x1b[0m", code, s) : std::string(s);
}

std::string_view mark_colour(Verdict v) {
  switch (v) {
    case Verdict::passed: return "32";           // green
    case Verdict::failed: return "31";           // red
    case Verdict::not_implemented: return "33";  // yellow
    default: return "35";                        // magenta: it did not even run to the end
  }
}

void write_indented(std::ostream& out, std::string_view text, std::size_t indent, bool colour) {
  const std::string pad(indent, ' ');
  std::string_view rest = text;
  while (!rest.empty()) {
    const auto end = std::min(rest.find('\n'), rest.size());
    if (end > 0) out << pad << paint(rest.substr(0, end), "2", colour) << '\n';
    rest.remove_prefix(std::min(end + 1, rest.size()));
  }
}

// Why a test did not pass: its failed checks, else the runner's message, and the mistakes its
// result matches unless the problem says them once. Compile errors and missing files say
// nothing here, the diagnostics or the missing line stand once under the problem.
void write_details(std::ostream& out, const grading::TestResult& t, const ProblemDiagnoses& mistakes, bool colour) {
  if (t.verdict == Verdict::passed || t.verdict == Verdict::compile_error || t.verdict == Verdict::missing) return;
  bool any = false;
  for (const auto& c : t.checks)
    if (!c.passed) write_indented(out, printable(c.message), 6, colour), any = true;
  if (!any) write_indented(out, printable(t.message), 6, colour);
  for (const auto& said : mistakes.for_test(t)) write_indented(out, printable(said.line()), 6, colour);
}

void write_test(std::ostream& out, const grading::TestResult& t, const ProblemDiagnoses& mistakes, std::size_t width,
                bool colour) {
  const auto name = printable(t.name);
  const std::string pad(width - std::min(width, columns(name)), ' ');
  const auto shown = fmt::format("{}/{}", points(t.score()), points(t.max_score));
  const bool says_why = t.verdict != Verdict::passed && t.verdict != Verdict::failed;
  fmt::print(out, "  {} {}{}  {}{}\n", paint(mark(t.verdict), mark_colour(t.verdict), colour), name, pad, shown,
             says_why ? "  " + grading::describe(t.verdict) : "");
  write_details(out, t, mistakes, colour);
}

void write_problem(std::ostream& out, const grading::ProblemResult& p, bool colour) {
  const auto title = p.title.empty() ? printable(p.id) : fmt::format("{}: {}", printable(p.id), printable(p.title));
  const bool full = p.score() == p.max_score();
  fmt::print(out, "{}  {}\n", paint(title, "1", colour),
             paint(fmt::format("{}/{}", points(p.score()), points(p.max_score())), full ? "32" : "31", colour));
  if (!p.diagnostics.empty()) write_indented(out, printable(p.diagnostics), 4, colour);
  if (grading::file_missing(p)) write_indented(out, printable(grading::missing_line(p)), 4, colour);
  const auto mistakes = diagnoses_of(p);
  for (const auto& said : mistakes.for_problem()) write_indented(out, printable(said.line()), 4, colour);
  std::size_t width = 0;
  for (const auto& t : p.tests) width = std::max(width, columns(printable(t.name)));
  for (const auto& t : p.tests) write_test(out, t, mistakes, width, colour);
}

}  // namespace

std::string_view mark(Verdict v) {
  switch (v) {
    case Verdict::passed: return "✓";
    case Verdict::failed: return "✗";
    case Verdict::not_implemented: return "…";
    default: return "!";
  }
}

void write_text(const grading::Report& report, std::ostream& out, bool colour) {
  for (std::size_t i = 0; i < report.problems.size(); ++i) {
    if (i > 0) out << '\n';
    write_problem(out, report.problems[i], colour);
  }
  const auto total = fmt::format("Score: {} / {}", points(report.score()), points(report.max_score()));
  out << '\n' << paint(total, report.all_passed() ? "1;32" : "1", colour) << '\n';
}

}  // namespace gdlab::report
