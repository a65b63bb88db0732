// `gdlab new <id>`: the start of a problem of the instructor's own, with no grader code: one
// folder, problems/<id>/ (problem.yaml declaring its entry with one example test, a header, a
// solution with solution markers, an example mistake file), and `- id: <id>` in the spec.
// `gdlab assign` then makes the student's stub; `gdlab check` grades it.
#pragma once

#include <filesystem>
#include <iosfwd>
#include <string>

namespace CLI {
class App;
}

namespace gdlab::commands {

struct NewProblemArgs {
  std::string id;
  std::filesystem::path root;  // the repository (default: $GDLAB_ROOT)
  std::filesystem::path spec;  // default: grader/specs/gradient_descent.yaml under root
};

// 0 when written; 2 with the reason (the id is taken, the folder exists, the spec would not load)
// and nothing written.
int new_problem(const NewProblemArgs& args, std::ostream& out, std::ostream& err);

void add_new_command(CLI::App& app, int& exit_code);

}  // namespace gdlab::commands
