// Where a header declares a function, read from its text: the line, the result and each
// parameter as written. Only for telling an instructor what their header says; whether it
// matches the spec is the compiler's answer (declared/signature_check.hpp).
#pragma once

#include <string>
#include <vector>

namespace gdlab::declared {

struct HeaderDeclaration {
  int line = 0;                     // 1-based, where the function's name is
  std::string result;               // "gdlab::Path", as written (whitespace collapsed)
  std::vector<std::string> params;  // "double f_star", as written (whitespace collapsed)
};

// Each declaration of `name` in `text` (comments and string literals skipped), in order.
std::vector<HeaderDeclaration> declarations_of(const std::string& text, const std::string& name);

// "double f_star" -> "double", "const gdlab::Vector &x0" -> "const gdlab::Vector&": a
// parameter's type without its name or default.
std::string parameter_type(const std::string& param);

}  // namespace gdlab::declared
