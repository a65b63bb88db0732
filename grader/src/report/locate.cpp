#include "report/locate.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <vector>

namespace gdlab::report {
namespace {

bool is_word(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }
bool is_space(char c) { return std::isspace(static_cast<unsigned char>(c)) != 0; }

// Blanks [from, to) but its newlines, so that offsets and line numbers stay.
void blank(std::string& s, std::size_t from, std::size_t to) {
  for (std::size_t i = from; i < std::min(to, s.size()); ++i)
    if (s[i] != '\n') s[i] = ' ';
}

// The end of a "..." or '...' literal that starts at `at` (a backslash escapes anything).
std::size_t quoted_end(const std::string& s, std::size_t at) {
  const char quote = s[at];
  for (std::size_t i = at + 1; i < s.size(); ++i) {
    if (s[i] == '\\') ++i;
    else if (s[i] == quote || s[i] == '\n') return i + 1;  // a newline ends a broken literal
  }
  return s.size();
}

// R"delim( ... )delim" starting at the R.
std::size_t raw_end(const std::string& s, std::size_t r) {
  const std::size_t open = s.find('(', r + 2);
  if (open == std::string::npos) return s.size();
  const std::string close = ")" + s.substr(r + 2, open - r - 2) + "\"";
  const std::size_t end = s.find(close, open);
  return end == std::string::npos ? s.size() : end + close.size();
}

// A ' after a number's digit is C++14's digit separator (1'000), not a character literal.
bool is_digit_separator(const std::string& s, std::size_t at) {
  std::size_t start = at;
  while (start > 0 && (is_word(s[start - 1]) || s[start - 1] == '\'')) --start;
  return start < at && std::isdigit(static_cast<unsigned char>(s[start]));
}

// R" opens a raw string when the R stands alone or ends a prefix (u8R, LR, uR, UR).
bool opens_raw_string(const std::string& s, std::size_t i) {
  if (s[i] != 'R' || i + 1 >= s.size() || s[i + 1] != '"') return false;
  std::size_t start = i;
  while (start > 0 && is_word(s[start - 1])) --start;
  const std::string prefix = s.substr(start, i - start);
  return prefix.empty() || prefix == "u8" || prefix == "L" || prefix == "u" || prefix == "U";
}

std::size_t block_comment_end(const std::string& s, std::size_t at) {
  const std::size_t close = s.find("*/", at + 2);
  return close == std::string::npos ? s.size() : close + 2;
}

// The end of the line at `i`, following backslash-newline continuations.
std::size_t logical_line_end(const std::string& s, std::size_t i) {
  while (true) {
    const std::size_t nl = s.find('\n', i);
    if (nl == std::string::npos) return s.size();
    if (nl > 0 && s[nl - 1] == '\\') i = nl + 1;
    else return nl;
  }
}

bool starts_line(const std::string& s, std::size_t i) {
  while (i > 0 && (s[i - 1] == ' ' || s[i - 1] == '\t')) --i;
  return i == 0 || s[i - 1] == '\n';
}

// The source with comments, literals and preprocessor lines blanked: what is left is code.
std::string code_only(std::string_view source) {
  std::string s(source);
  for (std::size_t i = 0; i < s.size();) {
    std::size_t end = i;
    if (s.compare(i, 2, "//") == 0 || (s[i] == '#' && starts_line(s, i))) end = logical_line_end(s, i);
    else if (s.compare(i, 2, "/*") == 0) end = block_comment_end(s, i);
    else if (opens_raw_string(s, i)) end = raw_end(s, i);
    else if (s[i] == '"' || (s[i] == '\'' && !is_digit_separator(s, i))) end = quoted_end(s, i);
    if (end > i) blank(s, i, end), i = end;
    else ++i;
  }
  return s;
}

std::size_t skip_space(const std::string& s, std::size_t i) {
  while (i < s.size() && is_space(s[i])) ++i;
  return i;
}

// The position after the ')' matching the '(' at `open`, or npos.
std::size_t after_parens(const std::string& s, std::size_t open) {
  int depth = 0;
  for (std::size_t i = open; i < s.size(); ++i) {
    if (s[i] == '(') ++depth;
    else if (s[i] == ')' && --depth == 0) return i + 1;
  }
  return std::string::npos;
}

std::string word_at(const std::string& s, std::size_t i) {
  std::size_t end = i;
  while (end < s.size() && is_word(s[end])) ++end;
  return s.substr(i, end - i);
}

// After a parameter list: a body follows (past qualifiers and a trailing return type) or not.
bool body_follows(const std::string& s, std::size_t i) {
  static const std::vector<std::string> qualifiers = {"const", "volatile", "noexcept", "override", "final", "try"};
  while ((i = skip_space(s, i)) < s.size()) {
    if (s[i] == '{') return true;
    if (s.compare(i, 2, "->") == 0) {  // a trailing return type runs to the body or the ';'
      const std::size_t stop = s.find_first_of("{;=", i);
      return stop != std::string::npos && s[stop] == '{';
    }
    if (s[i] == '&') {
      ++i;
      continue;
    }
    const std::string word = word_at(s, i);
    if (std::find(qualifiers.begin(), qualifiers.end(), word) == qualifiers.end()) return false;
    i = skip_space(s, i + word.size());
    if (word == "noexcept" && i < s.size() && s[i] == '(') i = after_parens(s, i);
    if (i == std::string::npos) return false;
  }
  return false;
}

int line_of(const std::string& s, std::size_t at) {
  return 1 + static_cast<int>(std::count(s.begin(), s.begin() + static_cast<std::ptrdiff_t>(at), '\n'));
}

int to_int(std::string_view text) {
  int value = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  return ec == std::errc() && end == text.data() + text.size() && value > 0 ? value : 0;
}

// "path:line:col: error: message" (or "fatal error:"); nullopt for any other line.
std::optional<CompilerError> parse_error(std::string_view line) {
  for (std::string_view marker : {": error: ", ": fatal error: "}) {
    const auto at = line.find(marker);
    if (at == std::string_view::npos) continue;
    const std::string_view where = line.substr(0, at);
    const auto col_colon = where.rfind(':');
    if (col_colon == std::string_view::npos) return std::nullopt;
    const auto line_colon = where.rfind(':', col_colon - 1);
    if (line_colon == std::string_view::npos || line_colon == 0) return std::nullopt;
    CompilerError e{std::string(where.substr(0, line_colon)),
                    to_int(where.substr(line_colon + 1, col_colon - line_colon - 1)),
                    to_int(where.substr(col_colon + 1)), std::string(line.substr(at + marker.size()))};
    if (e.line == 0) return std::nullopt;
    return e;
  }
  return std::nullopt;
}

}  // namespace

int definition_line(std::string_view source, std::string_view name) {
  if (name.empty()) return 0;
  const std::string code = code_only(source);
  for (std::size_t at = code.find(name); at != std::string::npos; at = code.find(name, at + 1)) {
    const std::size_t end = at + name.size();
    if ((at > 0 && is_word(code[at - 1])) || (end < code.size() && is_word(code[end]))) continue;
    const std::size_t open = skip_space(code, end);
    if (open >= code.size() || code[open] != '(') continue;
    const std::size_t close = after_parens(code, open);
    if (close != std::string::npos && body_follows(code, close)) return line_of(code, at);
  }
  return 0;
}

std::string entry_name(const Sources& sources, const std::string& problem, const std::string& test) {
  const auto p = sources.find(problem);
  if (p == sources.end()) return "";
  const auto e = p->second.entry_of.find(test);
  return e == p->second.entry_of.end() ? "" : e->second;
}

int entry_line(const Sources& sources, const std::string& problem, const std::string& test) {
  const auto p = sources.find(problem);
  if (p == sources.end() || !p->second.text) return 0;
  return definition_line(*p->second.text, entry_name(sources, problem, test));
}

std::optional<CompilerError> first_error(std::string_view diagnostics, std::string_view file) {
  std::optional<CompilerError> first;
  std::size_t start = 0;
  while (start < diagnostics.size()) {
    const std::size_t nl = std::min(diagnostics.find('\n', start), diagnostics.size());
    if (auto e = parse_error(diagnostics.substr(start, nl - start))) {
      if (e->file == file) return e;
      if (!first) first = std::move(e);
    }
    start = nl + 1;
  }
  return first;
}

}  // namespace gdlab::report
