// `gdlab merge DIR... --out OUT`: the outputs of `gdlab grade --shard i/N` runs combined into
// one gradebook.csv and summary.md (byte for byte what one run over the whole class writes),
// with every student's folder copied into OUT/students.
#pragma once

#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

namespace CLI {
class App;
}

namespace gdlab::commands {

struct MergeArgs {
  std::vector<std::string> dirs;  // each a --out of gdlab grade
  std::string out = "grades";
  std::vector<std::string> rosters;  // as gdlab grade's --roster: canvas.csv, moodle.csv, summary
  std::string moodle_id = "email";
  std::string lms_column;
  std::optional<double> scale_to;
};

// 0 merged, 2 bad input (a shard folder missing, incomplete or from another spec), 3 internal error.
int merge(const MergeArgs& args, std::ostream& out, std::ostream& err);

void add_merge_command(CLI::App& app, int& exit_code);

}  // namespace gdlab::commands
