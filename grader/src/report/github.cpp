#include "report/github.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <optional>
#include <random>
#include <vector>

#include "report/explain.hpp"
#include "text/points.hpp"
#include "text/printable.hpp"

namespace gdlab::report {
namespace {

using grading::Verdict;

// The message of a workflow command ends at the line's end.
std::string escape_data(std::string_view raw) {
  std::string out;
  for (char c : text::printable(raw)) {
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

struct Annotation {
  std::string kind;       // error | notice
  std::string file = {};  // relative to the repository; empty: none
  int line = 0, column = 0;
  std::string title = {}, message = {};
};

std::string command(const Annotation& a) {
  std::vector<std::string> props;
  if (!a.file.empty()) props.push_back("file=" + escape_property(a.file));
  if (!a.file.empty() && a.line > 0) props.push_back(fmt::format("line={}", a.line));
  if (!a.file.empty() && a.line > 0 && a.column > 0) props.push_back(fmt::format("col={}", a.column));
  props.push_back("title=" + escape_property(a.title));
  return fmt::format("::{} {}::{}\n", a.kind, fmt::join(props, ","),
                     escape_data(clip(text::printable(a.message), github_max_message)));
}

bool did_not_build(const grading::ProblemResult& p) {
  for (const auto& t : p.tests)
    if (t.verdict == Verdict::compile_error || t.verdict == Verdict::missing) return true;
  return false;
}

// At the compiler's first error in the student's file; an error elsewhere is quoted whole.
Annotation build_error(const grading::ProblemResult& p) {
  Annotation a{.kind = "error", .file = p.source};
  const auto e = first_error(p.diagnostics, p.source);
  const bool missing = grading::file_missing(p);
  if (missing) {
    a.file.clear();  // no such file to point into
    a.message = grading::missing_line(p);
  } else if (e && e->file == p.source) {
    a.line = e->line, a.column = e->column, a.message = e->message;
  } else if (e) {
    a.message = fmt::format("{}:{}:{}: error: {}", e->file, e->line, e->column, e->message);
  } else {
    a.message = p.diagnostics.substr(0, p.diagnostics.find('\n'));  // e.g. "cannot read ..."
  }
  a.title = fmt::format("{}: {} {}", p.id, p.source, missing ? "is missing" : "does not build");
  a.message += fmt::format("\n({} test(s) of {} could not run{})", p.tests.size(), p.id,
                           missing ? "" : "; the log has all the compiler said");
  return a;
}

// The failed test to lead with: the one whose function is defined first in the file, since
// a part (a gradient) comes before the loop that calls it, and a wrong part fails both.
std::size_t lead(const grading::ProblemResult& p, const std::vector<const grading::TestResult*>& failed,
                 const Sources& sources) {
  std::size_t best = 0;
  int best_line = 0;
  for (std::size_t i = 0; i < failed.size(); ++i) {
    const int line = entry_line(sources, p.id, failed[i]->name);
    if (line > 0 && (best_line == 0 || line < best_line)) best = i, best_line = line;
  }
  return best;
}

// At the definition of the function the leading failed test calls.
Annotation failure(const grading::ProblemResult& p, const std::vector<const grading::TestResult*>& failed,
                   const Sources& sources) {
  const std::size_t first = lead(p, failed, sources);
  const auto& t = *failed[first];
  Annotation a{.kind = "error", .file = p.source, .line = entry_line(sources, p.id, t.name)};
  a.title = fmt::format("{}: {} of {} test(s) do not pass", p.id, failed.size(), p.tests.size());
  a.message = fmt::format("{}: {}", t.name, grading::describe(t.verdict));
  if (const auto why = reasons(t); !why.empty()) a.message += "\n" + why;
  if (failed.size() > 1) {
    std::vector<std::string> others;
    for (std::size_t i = 0; i < failed.size(); ++i)
      if (i != first) others.push_back(failed[i]->name);
    a.message +=
        fmt::format("\nAlso not passing: {} (./gdlab check --problem {} shows each)", fmt::join(others, "; "), p.id);
  }
  return a;
}

// Past the limit, the last error shown names the problems it stands for.
void cap(std::vector<Annotation>& errors) {
  if (static_cast<int>(errors.size()) <= github_max_errors) return;
  std::vector<std::string> rest;
  for (std::size_t i = github_max_errors - 1; i < errors.size(); ++i) rest.push_back(errors[i].title);
  errors.resize(github_max_errors - 1);
  errors.push_back({.kind = "error",
                    .title = fmt::format("{} more problems do not pass", rest.size()),
                    .message = fmt::format("{} (the job summary lists every test)", fmt::join(rest, "; "))});
}

// Every test still at gdlab::todo(), as one notice at the first stub's definition.
std::optional<Annotation> stubs(const grading::Report& report, const Sources& sources) {
  std::vector<std::string> where;
  Annotation a{.kind = "notice"};
  int count = 0;
  for (const auto& p : report.problems) {
    std::vector<std::string> entries;
    for (const auto& t : p.tests) {
      if (t.verdict != Verdict::not_implemented) continue;
      ++count;
      if (a.file.empty()) a.file = p.source, a.line = entry_line(sources, p.id, t.name);
      std::string entry = entry_name(sources, p.id, t.name);
      if (entry.empty()) entry = p.id;
      if (std::find(entries.begin(), entries.end(), entry) == entries.end()) entries.push_back(entry);
    }
    if (!entries.empty()) where.push_back(fmt::format("{} in {}", fmt::join(entries, ", "), p.source));
  }
  if (count == 0) return std::nullopt;
  a.title = fmt::format("{} test(s) wait for your code", count);
  a.message =
      fmt::format("Not implemented yet: {}. Replace each gdlab::todo(...) with your code.", fmt::join(where, "; "));
  return a;
}

Annotation score(const grading::Report& report) {
  int passed = 0, total = 0;
  for (const auto& p : report.problems)
    for (const auto& t : p.tests) ++total, passed += t.verdict == Verdict::passed;
  return {.kind = "notice",
          .title = "gdlab score",
          .message = fmt::format("Score {} / {} ({} of {} tests passed)", text::points(report.score()),
                                 text::points(report.max_score()), passed, total)};
}

// A table cell is one line; '|' would end it, and Markdown or HTML must not render.
std::string cell(std::string_view raw) {
  std::string out;
  for (char c : text::printable(raw)) {
    switch (c) {
      case '\n':
      case '\t': out += ' '; break;
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '|':
      case '\\':
      case '`':
      case '*':
      case '_':
      case '[':
      case ']': out += '\\', out += c; break;
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

std::string github_annotations(const grading::Report& report, const Sources& sources) {
  std::vector<Annotation> errors;
  for (const auto& p : report.problems) {
    std::vector<const grading::TestResult*> failed;
    for (const auto& t : p.tests)
      if (t.verdict != Verdict::passed && t.verdict != Verdict::not_implemented) failed.push_back(&t);
    if (did_not_build(p)) errors.push_back(build_error(p));
    else if (!failed.empty()) errors.push_back(failure(p, failed, sources));
  }
  cap(errors);
  std::string out;
  for (const auto& a : errors) out += command(a);
  if (const auto notice = stubs(report, sources)) out += command(*notice);
  return out + command(score(report));
}

std::string without_commands(const std::string& text, const std::string& token) {
  std::string body = text;
  if (!body.empty() && body.back() != '\n') body += '\n';
  return fmt::format("::stop-commands::{}\n{}::{}::\n", token, body, token);
}

std::string without_commands(const std::string& text) {
  std::random_device random;
  const auto token = fmt::format("gdlab-{:08x}{:08x}{:08x}{:08x}", random(), random(), random(), random());
  return without_commands(text, token);
}

std::string github_summary(const grading::Report& report) {
  const auto title = cell(report.assignment.empty() ? "gdlab" : report.assignment);
  std::string out =
      fmt::format("### {}: {} / {}\n\n", title, text::points(report.score()), text::points(report.max_score()));
  out += "| problem | test | result | points |\n| --- | --- | --- | ---: |\n";
  for (const auto& p : report.problems)
    for (const auto& t : p.tests)
      out += fmt::format("| {} | {} | {} | {} / {} |\n", cell(p.id), cell(t.name), result(t.verdict),
                         text::points(t.score()), text::points(t.max_score));
  return out + fmt::format("| **Total** | | | **{} / {}** |\n", text::points(report.score()),
                           text::points(report.max_score()));
}

}  // namespace gdlab::report
