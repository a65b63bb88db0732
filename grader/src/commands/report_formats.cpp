#include "commands/report_formats.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <sstream>
#include <vector>

#include "feedback/html.hpp"
#include "feedback/prairielearn.hpp"
#include "report/github.hpp"
#include "report/gradescope.hpp"
#include "report/junit.hpp"
#include "report/markdown.hpp"
#include "report/text.hpp"

namespace gdlab::commands {
namespace {

std::string text_report(const grading::Report& report, bool colour) {
  std::ostringstream text;
  report::write_text(report, text, colour);
  return text.str();
}

// On a terminal, the report also says which problems' results were kept from the last check.
std::string render_text(const Rendering& r) {
  std::string out = text_report(r.report, r.colour);
  if (r.log && !r.report.from_last_check.empty())
    out += fmt::format(
        "\n{} of {} problems unchanged since the last check: their results are the ones kept then "
        "(--rerun runs their tests again).\n",
        r.report.from_last_check.size(), r.report.problems.size());
  return out;
}

// The text report kept from being read as workflow commands, then the annotations.
std::string render_github(const Rendering& r) {
  return report::without_commands(text_report(r.report, false)) + report::github_annotations(r.report, r.sources);
}

std::string render_gradescope(const Rendering& r) { return report::to_gradescope(r.report).dump(2) + "\n"; }
std::string render_junit(const Rendering& r) { return report::to_junit(r.report); }
std::string render_prairielearn(const Rendering& r) { return feedback::to_prairielearn(r.report).dump() + "\n"; }
std::string render_markdown(const Rendering& r) { return report::to_markdown(r.report); }

std::string render_html(const Rendering& r) {
  std::ostringstream page;
  feedback::write_html(r.report, page);
  return page.str();
}

using Table = std::array<ReportFormat, 8>;

// The table. It is made by a function so that the check below reads a copy made in the same
// constant evaluation: GCC 12 refuses to read an element a designated initializer left out
// (`.extensions = {".txt"}`'s second) of a constexpr variable ("modification of 'formats' is not
// a constant expression").
constexpr Table table() {
  return {{
      {.name = default_report_format, .is_log = true, .is_file = true, .extensions = {".txt"}, .render = render_text},
      {.name = "github",
       .about = "annotations and job summary",
       .is_log = true,
       .github_actions = true,
       .render = render_github},
      {.name = "classroom",
       .about = "github's, and GitHub Classroom's payload",
       .is_log = true,
       .github_actions = true,
       .classroom_payload = true,
       .render = render_github},
      {.name = "gradescope",
       .about = "Gradescope's results.json",
       .is_file = true,
       .extensions = {".json"},
       .render = render_gradescope},
      {.name = "junit", .about = "JUnit XML", .is_file = true, .extensions = {".xml"}, .render = render_junit},
      {.name = "html",
       .about = "the feedback page",
       .is_file = true,
       .extensions = {".html", ".htm"},
       .render = render_html},
      {.name = "prairielearn", .about = "PrairieLearn's results.json", .is_file = true, .render = render_prairielearn},
      {.name = "markdown", .is_file = true, .extensions = {".md"}, .render = render_markdown},
  }};
}
constexpr Table formats = table();

// What the lookups rely on: the default first, every format somewhere, no name or extension twice.
constexpr bool is_sound(const Table& rows) {
  if (rows[0].name != default_report_format || !rows[0].is_log) return false;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const auto& f = rows[i];
    if (f.name.empty() || !f.render || !(f.is_log || f.is_file)) return false;
    if (!f.is_file && !f.extensions[0].empty()) return false;
    for (std::size_t j = i + 1; j < rows.size(); ++j) {
      if (rows[j].name == f.name) return false;
      for (auto a : f.extensions)
        for (auto b : rows[j].extensions)
          if (!a.empty() && a == b) return false;
    }
  }
  return true;
}
static_assert(is_sound(table()));

bool of_kind(const ReportFormat& f, FormatKind kind) {
  return kind == FormatKind::any || (kind == FormatKind::log ? f.is_log : f.is_file);
}

// "a, b or c".
std::string listed(const std::vector<std::string>& items) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i)
    out += (i == 0 ? "" : i + 1 == items.size() ? " or " : ", ") + items[i];
  return out;
}

// Each format of the kind, with what it is in parentheses.
std::string described(FormatKind kind) {
  std::vector<std::string> items;
  for (const auto& f : formats)
    if (of_kind(f, kind))
      items.push_back(f.about.empty() ? std::string(f.name) : fmt::format("{} ({})", f.name, f.about));
  return listed(items);
}

}  // namespace

std::span<const ReportFormat> report_formats() { return formats; }

const ReportFormat* find_report_format(std::string_view name) {
  const auto it = std::find_if(formats.begin(), formats.end(), [&](const ReportFormat& f) { return f.name == name; });
  return it == formats.end() ? nullptr : &*it;
}

const ReportFormat* report_format_for_file(const std::string& path) {
  const std::string extension = std::filesystem::path(path).extension().string();
  for (const auto& f : formats)
    if (!extension.empty() && std::find(f.extensions.begin(), f.extensions.end(), extension) != f.extensions.end())
      return &f;
  return nullptr;
}

std::string report_format_names(FormatKind kind) {
  std::vector<std::string> names;
  for (const auto& f : formats)
    if (of_kind(f, kind)) names.emplace_back(f.name);
  return listed(names);
}

std::string report_file_extensions() {
  std::vector<std::string> extensions;
  for (const auto& f : formats)
    if (!f.extensions[0].empty()) extensions.emplace_back(f.extensions[0]);
  return fmt::format("{}", fmt::join(extensions, ", "));
}

std::string format_option_help() {
  return fmt::format("what to print: {}; a file format here is --out's format, as before", described(FormatKind::log));
}

std::string out_format_option_help() {
  std::vector<std::string> picks;
  for (const auto& f : formats)
    if (!f.extensions[0].empty()) picks.push_back(fmt::format("{} {}", f.extensions[0], f.name));
  return fmt::format("{} (default: from --out's extension: {})", described(FormatKind::file), fmt::join(picks, ", "));
}

}  // namespace gdlab::commands
