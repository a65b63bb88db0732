#include "build/includes.hpp"

#include <fmt/format.h>

#include <array>
#include <utility>
#include <string_view>

namespace gdlab::build {
namespace {

// Translation phases 2 and 3, roughly: join continued lines, blank out comments (keeping the
// newlines, so line numbers stay right). String literals are skipped whole.
std::string without_comments(const std::string& text) {
  std::string joined;
  joined.reserve(text.size());
  std::size_t owed = 0;  // newlines taken out by joining, put back after the joined line
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\\' && i + 1 < text.size() && text[i + 1] == '\n') {
      ++i;
      ++owed;
      continue;
    }
    joined += text[i];
    if (text[i] == '\n') joined.append(std::exchange(owed, 0), '\n');
  }
  std::string out;
  out.reserve(joined.size());
  for (std::size_t i = 0; i < joined.size(); ++i) {
    const char c = joined[i];
    if (c == '/' && i + 1 < joined.size() && joined[i + 1] == '/') {
      while (i < joined.size() && joined[i] != '\n') ++i;
      if (i < joined.size()) out += '\n';
    } else if (c == '/' && i + 1 < joined.size() && joined[i + 1] == '*') {
      out += ' ';
      for (i += 2; i + 1 < joined.size() && !(joined[i] == '*' && joined[i + 1] == '/'); ++i)
        if (joined[i] == '\n') out += '\n';
      ++i;
    } else if (c == '"' || c == '\'') {
      out += c;
      for (++i; i < joined.size() && joined[i] != c && joined[i] != '\n'; ++i) {
        out += joined[i];
        if (joined[i] == '\\' && i + 1 < joined.size()) out += joined[++i];
      }
      if (i < joined.size()) out += joined[i];
    } else {
      out += c;
    }
  }
  return out;
}

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
  const std::string text = without_comments(source);
  std::size_t line_start = 0;
  for (int line = 1; line_start <= text.size(); ++line) {
    auto line_end = text.find('\n', line_start);
    if (line_end == std::string::npos) line_end = text.size();
    std::string_view l(text.data() + line_start, line_end - line_start);
    line_start = line_end + 1;
    const auto hash = l.find_first_not_of(" \t");
    if (hash == std::string_view::npos) continue;
    if (l[hash] == '#') l.remove_prefix(hash + 1);
    else if (l.substr(hash, 2) == "%:") l.remove_prefix(hash + 2);  // the digraph spelling of #
    else continue;
    l.remove_prefix(std::min(l.find_first_not_of(" \t"), l.size()));
    for (std::string_view directive : {"include_next", "include", "import", "embed"}) {
      if (l.substr(0, directive.size()) != directive) continue;
      std::string_view rest = l.substr(directive.size());
      rest.remove_prefix(std::min(rest.find_first_not_of(" \t"), rest.size()));
      const auto spelled = std::string(rest.substr(0, rest.find_last_not_of(" \t") + 1));
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
        return refuse("an exercise may include the standard library, Eigen, gdlab/core.hpp and its "
                      "exercise's header, nothing else");
      break;
    }
  }
  return std::nullopt;
}

}  // namespace gdlab::build
