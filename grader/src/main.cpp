// gdlab: the command line. Each subcommand lives in commands/.
#include <CLI/CLI.hpp>

#include <exception>
#include <iostream>

#include "commands/assign.hpp"
#include "commands/check.hpp"
#include "commands/demo.hpp"
#include "commands/exit_codes.hpp"
#include "commands/export.hpp"
#include "commands/lab.hpp"
#include "commands/grade.hpp"
#include "commands/gradescope.hpp"
#include "commands/merge.hpp"
#include "commands/new_problem.hpp"
#include "commands/run.hpp"
#include "commands/validate.hpp"

int main(int argc, char** argv) {
  CLI::App app{"gdlab: gradient-descent exercises and their grader"};
  app.require_subcommand(1);
  int exit_code = 0;
  gdlab::commands::add_run_command(app, exit_code);
  gdlab::commands::add_assign_command(app, exit_code);
  gdlab::commands::add_check_command(app, exit_code);
  gdlab::commands::add_validate_command(app, exit_code);
  gdlab::commands::add_new_command(app, exit_code);
  gdlab::commands::add_demo_command(app, exit_code);
  gdlab::commands::add_lab_command(app, exit_code);
  gdlab::commands::add_grade_command(app, exit_code);
  gdlab::commands::add_merge_command(app, exit_code);
  gdlab::commands::add_export_command(app, exit_code);
  gdlab::commands::add_autograde_command(app, exit_code);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);
    return code == 0 ? gdlab::commands::exit_ok : gdlab::commands::exit_bad_input;  // --help is 0
  } catch (const std::exception& e) {
    std::cerr << "gdlab: internal error: " << e.what() << '\n';
    return gdlab::commands::exit_internal;
  }
  return exit_code;
}
