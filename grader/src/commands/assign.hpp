// `gdlab assign`: exercises/ from problems/, or (--out DIR) the whole student repository.
#pragma once

#include <filesystem>
#include <iosfwd>
#include <optional>

namespace CLI {
class App;
}

namespace gdlab::commands {

// $GDLAB_ROOT (set by the ./gdlab wrapper to the repository it lives in), else ".".
std::filesystem::path default_root();

struct AssignArgs {
  std::filesystem::path root = default_root();  // the instructor's repository
  std::optional<std::filesystem::path> out;     // write the student repository here
  bool check = false;                           // only report whether exercises/ is up to date
  bool classroom = false;                       // --out: GitHub Classroom's workflow instead of check.yml
};

// 0 done (or up to date), 1 exercises/ out of date (--check), 2 bad markers or arguments.
int assign(const AssignArgs& args, std::ostream& out, std::ostream& err);

void add_assign_command(CLI::App& app, int& exit_code);

}  // namespace gdlab::commands
