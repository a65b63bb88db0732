#include "assign/markers.hpp"

#include <regex>
#include <sstream>

namespace gdlab::assign {
namespace {

// "// BEGIN WORD", "// END WORD" or "// STUB:" at the start of a line (after indentation).
const std::regex marker_line(R"(^(\s*)//\s*(BEGIN|END)\s+([A-Z_]+)\s*$|^(\s*)//\s*STUB:(.*)$)");
const std::regex loose_marker(R"(//\s*(BEGIN|END)\s+[A-Z_]+|//\s*STUB:)");

}  // namespace

bool has_marker(const std::string& text) { return std::regex_search(text, loose_marker); }

Stripped strip_solutions(const std::string& source, const std::string& file, const std::string& exercise) {
  Stripped out;
  std::istringstream lines(source);
  std::string line, solution, indent;
  std::vector<std::string> stub;
  int number = 0, region_start = 0;
  bool inside = false;
  auto error = [&](std::string message) { out.errors.push_back({file, number, std::move(message)}); };

  while (std::getline(lines, line)) {
    ++number;
    std::smatch m;
    if (!std::regex_match(line, m, marker_line)) {
      if (has_marker(line)) error("a marker must be alone on its line: '" + line + "'");
      (inside ? solution : out.text) += line + '\n';
      continue;
    }
    if (m[5].matched) {  // STUB:
      if (!inside) error("'// STUB:' outside a BEGIN SOLUTION ... END SOLUTION region");
      std::string text = m[5].str();
      if (!text.empty() && text.front() == ' ') text.erase(0, 1);
      stub.push_back(m[4].str() + text);
      continue;
    }
    const std::string verb = m[2].str(), word = m[3].str();
    if (word != "SOLUTION") {
      error("unknown marker '" + verb + " " + word + "' (the markers are BEGIN SOLUTION, END SOLUTION and STUB:)");
    } else if (verb == "BEGIN") {
      if (inside)
        error("BEGIN SOLUTION inside the region opened on line " + std::to_string(region_start) +
              " (regions do not nest)");
      inside = true;
      region_start = number;
      indent = m[1].str();
      solution.clear();
      stub.clear();
    } else if (!inside) {
      error("END SOLUTION without a BEGIN SOLUTION before it");
    } else {
      inside = false;
      out.solutions.push_back(solution);
      if (stub.empty()) stub.push_back(indent + "gdlab::todo(\"" + exercise + "\");");
      for (const auto& s : stub) out.text += s + '\n';
    }
  }
  if (inside) {
    number = region_start;
    error("BEGIN SOLUTION is never closed by END SOLUTION");
  }
  if (out.solutions.empty() && out.errors.empty()) {
    number = 1;
    error("no BEGIN SOLUTION region: every solution file needs one");
  }
  return out;
}

}  // namespace gdlab::assign
