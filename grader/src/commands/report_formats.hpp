// The report formats of `gdlab check`, each listed once: its name, whether it is a log (stdout,
// named by --format) or a file (--out, named by --out-format or by one of its extensions), what
// else it writes in GitHub Actions, and its renderer. The allowed lists, the help text, the
// error messages and the extension lookup all come from this one table (report_formats.cpp).
//
// It lives here, with the command, because only `gdlab check` names formats, and its renderers
// come from report/ (text, GitHub, Classroom, Gradescope, JUnit, Markdown) and feedback/ (HTML,
// PrairieLearn), which sits above report/: commands/ is the folder that sees them all.
#pragma once

#include <array>
#include <span>
#include <string>
#include <string_view>

#include "grading/verdict.hpp"
#include "report/locate.hpp"

namespace gdlab::commands {

// What --format is when not given, and the log when --format names a file format with --out.
inline constexpr std::string_view default_report_format = "text";

// What a renderer is given.
struct Rendering {
  const grading::Report& report;
  const report::Sources& sources;  // the handed-in files, for annotations (empty unless github_actions)
  bool colour = false;             // ANSI colours: a log on a terminal
  bool log = false;                // printed on stdout, not written to --out
};

struct ReportFormat {
  std::string_view name = {};
  std::string_view about = {};                      // for the help text ("": the name says it)
  bool is_log = false;                              // --format prints it on stdout
  bool is_file = false;                             // --out may hold it
  std::array<std::string_view, 2> extensions = {};  // what --out's name ends in to pick it; "": none
  bool github_actions = false;                      // also the job summary ($GITHUB_STEP_SUMMARY); reads the sources
  bool classroom_payload = false;                   // also Classroom's payload, the step output `result`
  std::string (*render)(const Rendering&) = nullptr;
};

// Every format, the default first.
std::span<const ReportFormat> report_formats();

// The format called `name`, or nullptr.
const ReportFormat* find_report_format(std::string_view name);

// The file format that `path`'s extension picks (report.json: gradescope), or nullptr.
const ReportFormat* report_format_for_file(const std::string& path);

enum class FormatKind { log, file, any };

// The names of the formats of a kind, in the table's order: "a, b or c". For messages and help.
std::string report_format_names(FormatKind kind);

// Each file format's first extension: ".txt, .json, .xml, .html, .md".
std::string report_file_extensions();

// The help of --format and of --out-format.
std::string format_option_help();
std::string out_format_option_help();

}  // namespace gdlab::commands
