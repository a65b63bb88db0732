// `gdlab grade`: grade a class, one entry per student, in parallel, resumably.
#pragma once

#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

namespace CLI {
class App;
}

namespace gdlab::commands {

struct GradeArgs {
  std::string submissions;  // one entry per student: folder, git clone or archive
  std::string spec;         // default: grader/specs/gradient_descent.yaml
  std::optional<int> jobs;  // students graded at once, at least 1; nothing: the number of cores
  std::string out = "grades";
  std::vector<std::string> only;           // regrade just these students
  bool force = false;                      // regrade everyone
  std::optional<std::string> shard;        // "i/N"
  std::optional<std::string> build_cache;  // where built programs are kept (default: the build's)
  std::optional<bool> terminal;            // progress bar or lines; default: whether stderr is a terminal
  bool unsafe_no_sandbox = false;          // grade even where files cannot be confined
  std::optional<std::string> deadline;     // ISO 8601 with offset: a clone's last commit at or before it
  std::vector<std::string> rosters;        // GitHub Classroom, Canvas or Moodle exports (batch/roster.hpp)
  std::string moodle_id = "email";         // moodle.csv's identifier: email, username or idnumber
  std::string lms_column;                  // the assignment's column in canvas.csv / moodle.csv
  std::optional<double> scale_to;          // canvas.csv / moodle.csv totals out of this many points
};

// 0 the batch completed (whatever the grades; rows that could not be graded have a status),
// 1 it completed but the grader failed on some student (status error:...), 2 bad input
// (arguments, spec, a locked DIR), 3 internal error, 130 stopped by SIGINT or SIGTERM (what was
// graded is kept; run again to resume).
int grade(const GradeArgs& args, std::ostream& out, std::ostream& err);

void add_grade_command(CLI::App& app, int& exit_code);

}  // namespace gdlab::commands
