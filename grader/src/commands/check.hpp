// `gdlab check`: grade a submission against a spec and report it.
#pragma once

#include <iosfwd>
#include <optional>
#include <string>

#include "commands/report_formats.hpp"

namespace CLI {
class App;
}

namespace gdlab::commands {

struct CheckArgs {
  std::string submission;                     // the folder holding exercises/ (default: this repository)
  std::string spec;                           // default: grader/specs/gradient_descent.yaml
  std::optional<std::string> problem;         // just this problem
  std::string format{default_report_format};  // what stdout gets (report_formats.hpp, check_output.hpp)
  std::optional<std::string> out;             // also write a report file here
  std::optional<std::string> out_format;      // what --out holds (default: from its extension)
  bool visible_only = false;                  // skip hidden and after-due-date tests
  bool print_build_command = false;           // print the compiler command for --problem and stop
  std::optional<std::string> student;         // grade this student's variant of the varied tests
  bool unsafe_no_sandbox = false;             // grade hidden tests even where files cannot be confined
  bool rerun = false;                         // run every test, even of problems unchanged since the last check
};

// 0 all passed, 1 some test did not pass, 2 bad input (spec, arguments), 3 internal error.
int check(const CheckArgs& args, std::ostream& out, std::ostream& err);

void add_check_command(CLI::App& app, int& exit_code);

}  // namespace gdlab::commands
