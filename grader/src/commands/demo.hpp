// `gdlab demo`: the course's programs, run by the reference optimisers and printed the way
// the course prints them.
#pragma once

#include <string>
#include <vector>

namespace CLI {
class App;
}

namespace gdlab::commands {

struct CourseProgram {
  std::string id;      // the key of its numpy output in tests/data/course_expected.json
  std::string title;   // where it is in the course
  std::string output;  // what the course's program prints
};

std::vector<CourseProgram> course_programs();

void add_demo_command(CLI::App& app, int& exit_code);

}  // namespace gdlab::commands
