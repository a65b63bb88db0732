#include "declared/header_scan.hpp"

#include <algorithm>
#include <cctype>
#include <set>

namespace gdlab::declared {
namespace {

bool is_word(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }

// The text with comments, literals and preprocessor lines blanked (newlines kept, so a position
// still has its line): what is left is declarations and code.
std::string code_only(const std::string& text) {
  std::string out = text;
  std::size_t i = 0;
  bool line_start = true;
  auto blank_until = [&](std::size_t end) {
    for (; i < end && i < out.size(); ++i)
      if (out[i] != '\n') out[i] = ' ';
  };
  while (i < out.size()) {
    const char c = out[i];
    if (line_start && c == '#') {
      std::size_t end = i;
      while (end < out.size() && !(out[end] == '\n' && out[end - 1] != '\\')) ++end;
      blank_until(end);
    } else if (out.compare(i, 2, "//") == 0) {
      blank_until(out.find('\n', i) == std::string::npos ? out.size() : out.find('\n', i));
    } else if (out.compare(i, 2, "/*") == 0) {
      const auto end = out.find("*/", i + 2);
      blank_until(end == std::string::npos ? out.size() : end + 2);
    } else if (c == '"' || c == '\'') {
      std::size_t end = i + 1;
      while (end < out.size() && out[end] != c && out[end] != '\n') end += out[end] == '\\' ? 2 : 1;
      blank_until(std::min(end + 1, out.size()));
    } else {
      if (c == '\n') line_start = true;
      else if (!std::isspace(static_cast<unsigned char>(c))) line_start = false;
      ++i;
      continue;
    }
    line_start = false;
  }
  return out;
}

std::string collapsed(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (std::isspace(static_cast<unsigned char>(c))) {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += c;
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

// The parameters between the parentheses at `open`, split at the commas outside any bracket.
std::vector<std::string> split_parameters(const std::string& code, std::size_t open) {
  std::vector<std::string> params;
  std::string current;
  int depth = 0;
  for (std::size_t i = open + 1; i < code.size(); ++i) {
    const char c = code[i];
    if (depth == 0 && (c == ')' || c == ',')) {
      if (!collapsed(current).empty()) params.push_back(collapsed(current));
      current.clear();
      if (c == ')') break;
      continue;
    }
    if (c == '(' || c == '[' || c == '{' || c == '<') ++depth;
    if (c == ')' || c == ']' || c == '}' || c == '>') --depth;
    current += c;
  }
  if (params.size() == 1 && params[0] == "void") params.clear();
  return params;
}

// What stands before the name, back to the last statement or block boundary, without the
// specifiers that are not part of the type.
std::string result_before(const std::string& code, std::size_t name_at) {
  const auto boundary = code.find_last_of(";{}", name_at == 0 ? 0 : name_at - 1);
  std::string result = collapsed(code.substr(boundary == std::string::npos ? 0 : boundary + 1,
                                             name_at - (boundary == std::string::npos ? 0 : boundary + 1)));
  static const std::vector<std::string> specifiers = {"inline ", "extern ", "static ", "constexpr ", "[[nodiscard]] "};
  for (auto it = specifiers.begin(); it != specifiers.end();) {
    if (result.starts_with(*it)) {
      result.erase(0, it->size());
      it = specifiers.begin();  // they come in any order
    } else {
      ++it;
    }
  }
  return result;
}

}  // namespace

std::vector<HeaderDeclaration> declarations_of(const std::string& text, const std::string& name) {
  const std::string code = code_only(text);
  std::vector<HeaderDeclaration> found;
  for (auto at = code.find(name); at != std::string::npos; at = code.find(name, at + 1)) {
    if ((at > 0 && is_word(code[at - 1])) || (at + name.size() < code.size() && is_word(code[at + name.size()])))
      continue;
    const auto open = code.find_first_not_of(" \t\r\n", at + name.size());
    if (open == std::string::npos || code[open] != '(') continue;
    const std::string result = result_before(code, at);
    // A call (in an inline body, a default argument) is not a declaration.
    if (result.empty() || result.find_first_of("=(") != std::string::npos || result.find("return") == 0) continue;
    found.push_back({.line = static_cast<int>(std::count(code.begin(), code.begin() + static_cast<long>(at), '\n')) + 1,
                     .result = result,
                     .params = split_parameters(code, open)});
  }
  return found;
}

std::string parameter_type(const std::string& param) {
  std::string type = param.substr(0, param.find('='));
  type = collapsed(type);
  // A trailing name: an identifier after the type (after a space, & or *), not a type word itself.
  static const std::set<std::string> type_words = {"int",    "double", "float", "long", "short", "char",     "unsigned",
                                                   "signed", "bool",   "auto",  "void", "const", "volatile", "size_t"};
  std::size_t start = type.size();
  while (start > 0 && is_word(type[start - 1])) --start;
  const std::string last = type.substr(start);
  if (start > 0 && !last.empty() && !type_words.contains(last)) {
    const char before = type[start - 1];
    if (before == ' ' || before == '&' || before == '*') type.erase(start);
  }
  std::string out;
  for (std::size_t i = 0; i < type.size(); ++i)
    if (!(type[i] == ' ' && i + 1 < type.size() && (type[i + 1] == '&' || type[i + 1] == '*'))) out += type[i];
  return collapsed(out);
}

}  // namespace gdlab::declared
