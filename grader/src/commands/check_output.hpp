// What `gdlab check` writes, and where. A log format goes to stdout: `text`, `github`
// (annotations, the text report kept from being read as commands, the job summary) or
// `classroom` (github's, plus Classroom's payload as the step output `result`). A file format
// goes to --out: gradescope, junit, html, prairielearn, markdown or text, named by --out-format
// or by the file's extension (.json gradescope, .xml junit, .html html, .md markdown, .txt text).
// For compatibility, a file format given as --format is the file's format when --out is given
// (the terminal then gets the text report), and goes to stdout when it is not.
#pragma once

#include <iosfwd>
#include <optional>
#include <string>

#include "commands/check.hpp"
#include "grading/verdict.hpp"
#include "report/locate.hpp"
#include "spec/spec.hpp"

namespace gdlab::commands {

struct Output {
  std::string log;          // what stdout gets: text | github | classroom, or a file format
  std::string file_format;  // what --out gets (empty: no --out)
  std::string error;        // the arguments do not fit: this says why
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
