// Where in the student's repository a report points: the line that defines a test's function,
// and the compiler's own file:line for a build that failed. CI annotations (GitHub) and
// Classroom's payload use them; a Report alone knows neither the entries nor the files.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace gdlab::report {

// One problem's file as handed in, and the function each of its tests calls.
struct ProblemSource {
  std::optional<std::string> text;              // nullopt: missing or unreadable
  std::map<std::string, std::string> entry_of;  // test name -> entry function
};
using Sources = std::map<std::string, ProblemSource>;  // by problem id; check fills it

// The 1-based line where function `name` is defined in C++ `source`: the name (qualified or
// not) followed by a parameter list and then, past any const/noexcept/trailing return type,
// a body's '{'. Comments, string and character literals (raw ones included) are skipped, and
// so are declarations and calls. 0 when there is no definition.
int definition_line(std::string_view source, std::string_view name);

// The function `test` of `problem` calls ("" when unknown), and the line that defines it
// (0 when unknown).
std::string entry_name(const Sources& sources, const std::string& problem, const std::string& test);
int entry_line(const Sources& sources, const std::string& problem, const std::string& test);

// One "file:line:column: error: message" of gcc's or clang's diagnostics.
struct CompilerError {
  std::string file;
  int line = 0, column = 0;
  std::string message;  // after "error: "
};

// The first error in `file` (the path the build names the student's file by), else the first
// error in any file; nullopt when the diagnostics hold none (e.g. "file not found").
std::optional<CompilerError> first_error(std::string_view diagnostics, std::string_view file);

}  // namespace gdlab::report
