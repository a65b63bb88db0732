#include "commands/check_output.hpp"

#include <fmt/format.h>
#include <fmt/ostream.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "report/classroom.hpp"
#include "report/github.hpp"
#include "text/file.hpp"

namespace gdlab::commands {
namespace fs = std::filesystem;
namespace {

// Appends to one of GitHub's environment files ($GITHUB_STEP_SUMMARY, $GITHUB_OUTPUT); false
// when the variable is not set (not in GitHub Actions).
bool append_to_env_file(const char* variable, const std::string& text) {
  const char* path = std::getenv(variable);
  if (!path || !*path) return false;
  std::ofstream(path, std::ios::app | std::ios::binary) << text;
  return true;
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

}  // namespace

Output plan_output(const CheckArgs& args) {
  const ReportFormat* format = find_report_format(args.format);
  if (!format)
    return {.error = fmt::format("--format must be {}, got '{}'", report_format_names(FormatKind::any), args.format)};
  const ReportFormat* out_format = args.out_format ? find_report_format(*args.out_format) : nullptr;
  if (args.out_format && (!out_format || !out_format->is_file))
    return {.error = fmt::format("--out-format must be {}, got '{}'", report_format_names(FormatKind::file),
                                 *args.out_format)};
  if (args.out_format && !args.out) return {.error = "--out-format needs --out FILE"};
  if (!args.out) return {.log = format};
  if (!format->is_log) {  // the older spelling: --format names the file's format
    if (out_format && out_format != format)
      return {.error = fmt::format("--format {} already says what --out holds; drop --out-format", format->name)};
    return {.log = find_report_format(default_report_format), .file = format};
  }
  const ReportFormat* file = out_format ? out_format : report_format_for_file(*args.out);
  if (!file)
    return {.error = fmt::format("say what {} should hold with --out-format {} (or name it {})", *args.out,
                                 report_format_names(FormatKind::file), report_file_extensions())};
  return {.log = format, .file = file};
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
  if (plan.file && out_path && !write_file(*out_path, plan.file->render({.report = report, .sources = sources}))) {
    fmt::print(err, "gdlab check: cannot write {}\n", *out_path);
    return false;
  }
  if (plan.log->github_actions) append_to_env_file("GITHUB_STEP_SUMMARY", report::github_summary(report));
  // The reporter reads the payload as ${{ steps.<id>.outputs.result }}; without it, it would go nowhere: say so.
  if (plan.log->classroom_payload &&
      !append_to_env_file("GITHUB_OUTPUT", "result=" + report::classroom_output(report, sources) + "\n"))
    fmt::print(err,
               "gdlab check: GITHUB_OUTPUT is not set, so Classroom's payload was not written "
               "(--format {} is for GitHub Actions)\n",
               plan.log->name);
  out << plan.log->render({.report = report, .sources = sources, .colour = colour, .log = true});
  return true;
}

}  // namespace gdlab::commands
