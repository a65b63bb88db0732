#include "feedback/html.hpp"

#include <fmt/format.h>

#include <cctype>
#include <ostream>

#include "feedback/page.hpp"
#include "feedback/plots.hpp"
#include "report/diagnoses.hpp"
#include "report/text.hpp"
#include "text/html_escape.hpp"
#include "text/points.hpp"

namespace gdlab::feedback {
namespace {

using grading::Verdict;
using text::html_escape;

constexpr std::size_t kOutputBytes = 2000;       // a program's output, per test
constexpr std::size_t kMessageBytes = 4000;      // a message or check, per item
constexpr std::size_t kDiagnosticBytes = 16000;  // compiler output, per problem
constexpr std::size_t kPlotBudget = 1500000;     // no new plot once the page is this large

std::string_view css_class(Verdict v) {
  switch (v) {
    case Verdict::passed: return "passed";
    case Verdict::failed: return "failed";
    case Verdict::not_implemented: return "not_implemented";
    default: return "error";
  }
}

// An id usable in a URL fragment, whatever the spec calls a problem.
std::string anchor(std::string_view id) {
  std::string out = "problem-";
  for (char c : id) out += std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' ? c : '-';
  return out;
}

std::string pre(std::string_view text, std::size_t limit) {
  return fmt::format("<pre>{}</pre>\n", html_escape(clip(text, limit)));
}

// A mistake said once for the problem or under a test (with its hint), or the note that none matches.
std::string diagnosis(const report::Said& said) {
  if (said.hint.empty())
    return fmt::format("<p class=\"note diagnosis-note\">{}</p>\n", html_escape(clip(said.what, kMessageBytes)));
  std::string what = said.what;
  what[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(what[0])));
  return fmt::format("<div class=\"diagnosis\"><strong>{}</strong><br/>{}</div>\n",
                     html_escape(clip(what, kMessageBytes)), html_escape(clip(said.hint, kMessageBytes)));
}

// Why a test did not pass: its failed checks, the runner's message and its mistakes.
std::string details(const grading::TestResult& t, const report::ProblemDiagnoses& mistakes) {
  if (t.verdict == Verdict::passed || t.verdict == Verdict::compile_error || t.verdict == Verdict::missing) return "";
  std::string out;
  for (const auto& c : t.checks)
    if (!c.passed) out += pre(c.message, kMessageBytes);
  if (!t.message.empty()) out += pre(t.message, kMessageBytes);
  for (const auto& said : mistakes.for_test(t)) out += diagnosis(said);
  if (!t.output.empty())
    out += "<details><summary>What your program printed</summary>\n" + pre(t.output, kOutputBytes) + "</details>\n";
  return out;
}

// The test whose plots a problem shows: its first failed one, else its first with a plot.
const grading::TestResult* plotted(const grading::ProblemResult& p) {
  for (const auto& t : p.tests)
    if (t.verdict == Verdict::failed && t.plot) return &t;
  for (const auto& t : p.tests)
    if (t.plot) return &t;
  return nullptr;
}

std::string plots(const grading::TestResult& t) {
  const auto pictures = plot_figures(*t.plot);
  if (pictures.empty()) return "";
  const std::string over = t.plot->objective.empty() ? "" : " on " + t.plot->objective;
  return figure(pictures, fmt::format("Test \"{}\"{}: your iterates (orange, dashed) against the reference's "
                                      "(blue){}",
                                      t.name, over, over.empty() ? "" : "; rings mark the minima"));
}

std::string test_item(const grading::TestResult& t, const report::ProblemDiagnoses& mistakes,
                      const grading::TestResult* plot, std::size_t page_size) {
  std::string out = fmt::format(
      "<li class=\"test {}\"><span class=\"mark\" aria-hidden=\"true\">{}</span><span class=\"sr-only\">{}:"
      "</span> {} <span class=\"points\">{}/{}</span>{}\n",
      css_class(t.verdict), report::mark(t.verdict), html_escape(grading::describe(t.verdict)), html_escape(t.name),
      text::points(t.score()), text::points(t.max_score),
      t.verdict == Verdict::passed ? ""
                                   : fmt::format(" <span class=\"verdict\" aria-hidden=\"true\">{}</span>",
                                                 html_escape(grading::describe(t.verdict))));
  out += details(t, mistakes);
  if (&t == plot) {
    out += page_size < kPlotBudget ? plots(t) : "<p class=\"note\">(plot left out: the page is already large)</p>\n";
  }
  return out + "</li>\n";
}

std::string problem_section(const grading::ProblemResult& p, std::size_t page_size) {
  const bool full = p.score() == p.max_score();
  std::string out = fmt::format("<section id=\"{}\">\n<h2>{}{} <span class=\"{}\">{}/{}</span></h2>\n", anchor(p.id),
                                html_escape(p.id), p.title.empty() ? "" : ": " + html_escape(p.title),
                                full ? "full" : "partial", text::points(p.score()), text::points(p.max_score()));
  if (!p.source.empty()) out += fmt::format("<p class=\"note\">File: {}</p>\n", html_escape(p.source));
  if (!p.diagnostics.empty())
    out += "<p><strong>The compiler said:</strong></p>\n" + pre(p.diagnostics, kDiagnosticBytes);
  if (grading::file_missing(p))
    out += fmt::format("<p class=\"missing\">{}</p>\n", html_escape(grading::missing_line(p)));
  const auto mistakes = report::diagnoses_of(p);
  for (const auto& said : mistakes.for_problem()) out += diagnosis(said);
  out += "<ul class=\"tests\">\n";
  const auto* plot = plotted(p);
  for (const auto& t : p.tests) out += test_item(t, mistakes, plot, page_size + out.size());
  return out + "</ul>\n</section>\n";
}

std::string header(const grading::Report& r) {
  int passed = 0, total = 0;
  for (const auto& p : r.problems)
    for (const auto& t : p.tests) ++total, passed += t.verdict == Verdict::passed;
  std::string out = fmt::format(
      "<header>\n<h1>{}</h1>\n<p class=\"score {}\">Score: {} / {}</p>\n<p>{} of {} tests passed.</p>\n",
      html_escape(r.assignment.empty() ? "gdlab feedback" : "Feedback: " + r.assignment),
      r.all_passed() ? "full" : "partial", text::points(r.score()), text::points(r.max_score()), passed, total);
  out += "<table>\n<tr><th scope=\"col\">Problem</th><th scope=\"col\">Score</th></tr>\n";
  for (const auto& p : r.problems)
    out += fmt::format("<tr><td><a href=\"#{}\">{}</a></td><td>{}/{}</td></tr>\n", anchor(p.id),
                       html_escape(p.title.empty() ? p.id : p.title), text::points(p.score()),
                       text::points(p.max_score()));
  return out + "</table>\n</header>\n";
}

}  // namespace

void write_html(const grading::Report& report, std::ostream& out, const std::vector<std::string>& about) {
  std::string page = page_start(report.assignment.empty() ? "gdlab feedback" : "Feedback: " + report.assignment);
  page += header(report);
  if (!about.empty()) {
    page += "<section id=\"what-was-graded\">\n<h2>What was graded</h2>\n<ul>\n";
    for (const auto& line : about) page += "<li>" + html_escape(clip(line, kMessageBytes)) + "</li>\n";
    page += "</ul>\n</section>\n";
  }
  for (const auto& p : report.problems) page += problem_section(p, page.size());
  if (!report.layers.empty()) {
    std::string layers;
    for (const auto& l : report.layers) layers += (layers.empty() ? "" : ", ") + l;
    // A batch's report has no time (its results may be another student's: batch/report_json.hpp).
    const auto time = report.seconds > 0 ? fmt::format(" Graded in {:.1f} s.", report.seconds) : "";
    page += fmt::format("<p class=\"note\">Isolation: {}.{}</p>\n", html_escape(layers), time);
  }
  out << page << page_end();
}

}  // namespace gdlab::feedback
