// Solution regions in problems/<id>/*.cpp, and the stubs made from them.
//
//   // BEGIN SOLUTION
//   // STUB: text that replaces the region in the stub (any number of lines, optional)
//   ...the solution...
//   // END SOLUTION
//
// Without STUB lines the region becomes `gdlab::todo("<exercise>");`, indented like the marker.
#pragma once

#include <string>
#include <vector>

namespace gdlab::assign {

struct MarkerError {
  std::string file;
  int line = 0;
  std::string message;

  std::string to_string() const { return file + ":" + std::to_string(line) + ": " + message; }
};

struct Stripped {
  std::string text;                    // the stub file, when errors is empty
  std::vector<std::string> solutions;  // each region's solution text (to check nothing leaks)
  std::vector<MarkerError> errors;     // unbalanced, nested or unknown markers
};

// `file` names the source in error messages; `exercise` goes into the default todo() call.
Stripped strip_solutions(const std::string& source, const std::string& file, const std::string& exercise);

// Does this line hold a marker of any kind (for leak checks on generated files)?
bool has_marker(const std::string& text);

}  // namespace gdlab::assign
