#include "commands/check_output.hpp"

#include <fmt/format.h>
#include <fmt/ostream.h>

#include <algorithm>
#include <array>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "feedback/html.hpp"
#include "feedback/prairielearn.hpp"
#include "report/classroom.hpp"
#include "report/github.hpp"
#include "report/gradescope.hpp"
#include "report/junit.hpp"
#include "report/markdown.hpp"
#include "report/text.hpp"
#include "text/file.hpp"

namespace gdlab::commands {
namespace fs = std::filesystem;
namespace {

constexpr std::array log_formats = {"text", "github", "classroom"};
constexpr std::array file_formats = {"gradescope", "junit", "html", "prairielearn", "markdown", "text"};

template <std::size_t N>
bool one_of(const std::array<const char*, N>& names, const std::string& name) {
  return std::find_if(names.begin(), names.end(), [&](const char* n) { return name == n; }) != names.end();
}

std::string by_extension(const std::string& path) {
  const std::string ext = fs::path(path).extension().string();
  if (ext == ".json") return "gradescope";
  if (ext == ".xml") return "junit";
  if (ext == ".html" || ext == ".htm") return "html";
  if (ext == ".md") return "markdown";
  if (ext == ".txt") return "text";
  return "";
}

std::string text_of(const grading::Report& report, bool colour) {
  std::ostringstream text;
  report::write_text(report, text, colour);
  return text.str();
}

std::string render_file(const grading::Report& report, const std::string& format) {
  if (format == "gradescope") return report::to_gradescope(report).dump(2) + "\n";
  if (format == "junit") return report::to_junit(report);
  if (format == "prairielearn") return feedback::to_prairielearn(report).dump() + "\n";
  if (format == "markdown") return report::to_markdown(report);
  if (format == "html") {
    std::ostringstream page;
    feedback::write_html(report, page);
    return page.str();
  }
  return text_of(report, false);
}

std::string render_log(const grading::Report& report, const std::string& format, const report::Sources& sources,
                       bool colour) {
  if (format == "github" || format == "classroom")
    return report::without_commands(text_of(report, false)) + report::github_annotations(report, sources);
  if (format == "text") return text_of(report, colour);
  return render_file(report, format);
}

// Appends to one of GitHub's environment files ($GITHUB_STEP_SUMMARY, $GITHUB_OUTPUT).
void append_to_env_file(const char* variable, const std::string& text, std::ostream& err) {
  const char* path = std::getenv(variable);
  if (!path || !*path) {
    if (std::string_view(variable) == "GITHUB_OUTPUT")  // the payload would go nowhere: say so
      fmt::print(err,
                 "gdlab check: GITHUB_OUTPUT is not set, so Classroom's payload was not written "
                 "(--format classroom is for GitHub Actions)\n");
    return;
  }
  std::ofstream(path, std::ios::app | std::ios::binary) << text;
}

bool write_file(const std::string& path, const std::string& content) {
  const std::string temporary = path + ".gdlab-tmp";
  {
    std::ofstream file(temporary, std::ios::binary | std::ios::trunc);
    file << content;
    if (!file.flush()) return false;
  }
  std::error_code ec;
  fs::rename(temporary, path, ec);
  if (ec) fs::remove(temporary, ec);
  return !ec;
}

Output refused(std::string why) {
  Output o;
  o.error = std::move(why);
  return o;
}

Output planned(std::string log, std::string file = "") {
  Output o;
  o.log = std::move(log);
  o.file_format = std::move(file);
  return o;
}

}  // namespace

Output plan_output(const CheckArgs& args) {
  const std::string& f = args.format;
  const bool is_log = one_of(log_formats, f), is_file = one_of(file_formats, f);
  if (!is_log && !is_file)
    return refused(
        fmt::format("--format must be text, github, classroom, gradescope, junit, html, "
                    "prairielearn or markdown, got '{}'",
                    f));
  if (args.out_format && !one_of(file_formats, *args.out_format))
    return refused(
        fmt::format("--out-format must be gradescope, junit, html, prairielearn, markdown or "
                    "text, got '{}'",
                    *args.out_format));
  if (args.out_format && !args.out) return refused("--out-format needs --out FILE");
  if (!args.out) return planned(f);
  if (!is_log) {  // the older spelling: --format names the file's format
    if (args.out_format && *args.out_format != f)
      return refused(fmt::format("--format {} already says what --out holds; drop --out-format", f));
    return planned("text", f);
  }
  const std::string file = args.out_format ? *args.out_format : by_extension(*args.out);
  if (file.empty())
    return refused(
        fmt::format("say what {} should hold with --out-format gradescope|junit|html|"
                    "prairielearn|markdown|text (or name it .json, .xml, .html, .md, .txt)",
                    *args.out));
  return planned(f, file);
}

report::Sources read_sources(const spec::Spec& spec, const std::string& submission) {
  report::Sources sources;
  for (const auto& p : spec.problems) {
    auto& s = sources[p.id];
    for (const auto& t : p.tests) s.entry_of[t.name] = t.entry;
    const fs::path file = fs::path(submission) / p.source;
    std::error_code ec;
    if (!fs::is_regular_file(file, ec) || fs::file_size(file, ec) > (1u << 20)) continue;  // as the build
    if (auto content = text::read_file(file)) s.text = std::move(*content);
  }
  return sources;
}

bool write_output(const Output& plan, const grading::Report& report, const report::Sources& sources,
                  const std::optional<std::string>& out_path, std::ostream& out, std::ostream& err, bool colour) {
  if (!plan.file_format.empty() && out_path && !write_file(*out_path, render_file(report, plan.file_format))) {
    fmt::print(err, "gdlab check: cannot write {}\n", *out_path);
    return false;
  }
  if (plan.log == "github" || plan.log == "classroom")
    append_to_env_file("GITHUB_STEP_SUMMARY", report::github_summary(report), err);
  if (plan.log == "classroom")  // the reporter reads it as ${{ steps.<id>.outputs.result }}
    append_to_env_file("GITHUB_OUTPUT", "result=" + report::classroom_output(report, sources) + "\n", err);
  out << render_log(report, plan.log, sources, colour);
  return true;
}

}  // namespace gdlab::commands
