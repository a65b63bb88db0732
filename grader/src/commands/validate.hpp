// `gdlab validate SPEC`: check an assignment's test spec without grading anything.
#pragma once

#include <iosfwd>
#include <string>

namespace CLI {
class App;
}

namespace gdlab::commands {

// 0 and one summary line on out when the spec is valid; 2 and every error on err, one a line
// (file:line:column: key: what was expected), when it is not or cannot be read; 1 when it loads
// but a declared problem's harness does not build, one of its mistake files is caught by no
// test, or two of them give the same result on every test (unless schema_only).
int validate(const std::string& path, std::ostream& out, std::ostream& err, bool schema_only = false);

void add_validate_command(CLI::App& app, int& exit_code);

}  // namespace gdlab::commands
