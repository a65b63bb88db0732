// Gradescope: `gdlab autograde` is what run_autograder runs for each submission in Gradescope's
// container (`gdlab export gradescope`, commands/export.hpp, writes the bundle that holds it).
//
// Gradescope's layout (gradescope-autograders.readthedocs.io, "Autograder Specifications"):
// the bundle is unpacked into /autograder/source, the submission is in /autograder/submission,
// /autograder/submission_metadata.json names the student, and /autograder/results/results.json
// is what Gradescope reads. Its containers refuse new namespaces: submissions run in gdlab's
// process fallback (a spare uid, Landlock, seccomp), and run_autograder closes the sources and
// the results folder to other users.
#pragma once

#include <filesystem>
#include <iosfwd>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

namespace CLI {
class App;
}

namespace gdlab::commands {

struct AutogradeArgs {
  std::filesystem::path root;  // default: $GDLAB_AUTOGRADER_ROOT, else /autograder
  std::string spec;
  bool unsafe_no_sandbox = false;
};

// Writes root/results/results.json in every case it returns from (a failure is a result that
// says so). 0 graded, 2 not graded (nothing to grade, or no sandbox), 3 the grader failed.
int autograde(const AutogradeArgs& args, std::ostream& out, std::ostream& err);

// The student id for per-student variants: the first user's email when it is an id gdlab
// accepts, else their Gradescope user id; nothing without users.
std::optional<std::string> gradescope_student(const nlohmann::json& submission_metadata);

void add_autograde_command(CLI::App& app, int& exit_code);

}  // namespace gdlab::commands
