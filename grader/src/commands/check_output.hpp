// What `gdlab check` writes, and where. A log format goes to stdout (--format); a file format
// goes to --out, named by --out-format or by the file's extension. The formats, which is which,
// and their extensions: report_formats.hpp. For compatibility, a file format given as --format
// is the file's format when --out is given (the terminal then gets the text report), and goes
// to stdout when it is not.
#pragma once

#include <iosfwd>
#include <optional>
#include <string>

#include "commands/check.hpp"
#include "commands/report_formats.hpp"
#include "grading/verdict.hpp"
#include "report/locate.hpp"
#include "spec/spec.hpp"

namespace gdlab::commands {

struct Output {
  const ReportFormat* log = nullptr;   // what stdout gets: a log format, or a file format without --out
  const ReportFormat* file = nullptr;  // what --out gets (nullptr: no --out)
  std::string error = {};              // the arguments do not fit: this says why (log and file are nullptr)
};

// Decides from --format, --out and --out-format.
Output plan_output(const CheckArgs& args);

// Each graded problem's file as handed in and the function each test calls, for annotations.
report::Sources read_sources(const spec::Spec& spec, const std::string& submission);

// Writes the report as planned: the file (through a temporary and a rename), stdout, and in
// GitHub Actions the job summary and the step output. False when the file cannot be written.
bool write_output(const Output& plan, const grading::Report& report, const report::Sources& sources,
                  const std::optional<std::string>& out_path, std::ostream& out, std::ostream& err, bool colour);

}  // namespace gdlab::commands
