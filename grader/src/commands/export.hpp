// `gdlab export PLATFORM`: what a grading platform runs, from the instructor's repository.
//   gradescope    the autograder zip (setup.sh and run_autograder at its top), uploaded on
//                 Gradescope's Configure Autograder page
//   prairielearn  a folder to build the external-grader image from (docker build)
// Both carry the sources that build gdlab, each problem's folder and header, and the spec with its
// hidden tests; not the solutions or the mistake files, whose results on every test travel
// pinned instead (grader/specs/pinned/<id>.json).
#pragma once

#include <filesystem>
#include <iosfwd>
#include <string>

namespace CLI {
class App;
}

namespace gdlab::commands {

struct ExportArgs {
  std::string platform;            // "gradescope" or "prairielearn"
  std::filesystem::path out;       // default: autograder.zip, or the folder prairielearn-image
  std::string spec;                // the spec it grades with (default: the shipped one)
  std::filesystem::path root;      // the instructor's repository (default: $GDLAB_ROOT or ".")
  bool unsafe_no_sandbox = false;  // gradescope: grade even where neither namespaces nor Landlock exist
};

// 0 written, 2 bad input (platform, spec), 3 internal error (a solution that does not build or
// gives no result is one: nothing is written).
int export_bundle(const ExportArgs& args, std::ostream& out, std::ostream& err);

void add_export_command(CLI::App& app, int& exit_code);

}  // namespace gdlab::commands
