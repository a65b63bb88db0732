#include "build/includes.hpp"

#include "build/logical_lines.hpp"

#include <fmt/format.h>

#include <string_view>

namespace gdlab::build {
namespace {

// logical_lines leaves these blanks in a directive (a comment became one space).
constexpr std::string_view blanks = " \t\f\v";

bool has_parent_step(std::string_view path) {
  std::size_t start = 0;
  while (start <= path.size()) {
    const auto end = std::min(path.find('/', start), path.size());
    if (path.substr(start, end - start) == "..") return true;
    start = end + 1;
  }
  return false;
}

// Headers have no extension (<vector>, <Eigen/Dense>) or a header's one.
bool header_like(std::string_view path) {
  const auto slash = path.rfind('/');
  const auto name = path.substr(slash == std::string_view::npos ? 0 : slash + 1);
  const auto dot = name.rfind('.');
  if (dot == std::string_view::npos) return true;
  const auto ext = name.substr(dot);
  for (std::string_view ok : {".h", ".hpp", ".hh", ".hxx"})
    if (ext == ok) return true;
  return false;
}

}  // namespace

std::optional<std::string> forbidden_include(const std::string& source, const std::string& shown_as) {
  // Directives as GCC reads them: line ends of any kind, continuations, comments, raw strings.
  const std::string text = logical_lines(source);
  std::size_t line_start = 0;
  for (int line = 1; line_start <= text.size(); ++line) {
    auto line_end = text.find('\n', line_start);
    if (line_end == std::string::npos) line_end = text.size();
    std::string_view l(text.data() + line_start, line_end - line_start);
    line_start = line_end + 1;
    const auto hash = l.find_first_not_of(blanks);
    if (hash == std::string_view::npos) continue;
    if (l[hash] == '#') l.remove_prefix(hash + 1);
    else if (l.substr(hash, 2) == "%:") l.remove_prefix(hash + 2);  // the digraph spelling of #
    else continue;
    l.remove_prefix(std::min(l.find_first_not_of(blanks), l.size()));
    for (std::string_view directive : {"include_next", "include", "import", "embed"}) {
      if (l.substr(0, directive.size()) != directive) continue;
      std::string_view rest = l.substr(directive.size());
      rest.remove_prefix(std::min(rest.find_first_not_of(blanks), rest.size()));
      const auto spelled = std::string(rest.substr(0, rest.find_last_not_of(blanks) + 1));
      auto refuse = [&](const std::string& why) {
        return fmt::format("{}:{}: #{} {} is not allowed: {}", shown_as, line, directive, spelled, why);
      };
      if (directive != "include") return refuse("use #include");
      const char open = rest.empty() ? '\0' : rest[0];
      const char close = open == '<' ? '>' : '"';
      const auto end = rest.find(close, 1);
      if ((open != '<' && open != '"') || end == std::string_view::npos)
        return refuse("name the header directly, as #include <vector> or #include \"gd_1d.hpp\"");
      const std::string_view path = rest.substr(1, end - 1);
      if (path.empty() || path[0] == '/' || has_parent_step(path) || !header_like(path))
        return refuse(
            "an exercise may include the standard library, Eigen, gdlab/core.hpp and its "
            "exercise's header, nothing else");
      break;
    }
  }
  return std::nullopt;
}

}  // namespace gdlab::build
