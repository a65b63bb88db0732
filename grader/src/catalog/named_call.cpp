#include "catalog/named_call.hpp"

#include <fmt/format.h>

#include <cctype>
#include <charconv>

namespace gdlab::catalog {
namespace {

std::string trim(std::string s) {
  const auto first = s.find_first_not_of(" \t");
  if (first == std::string::npos) return "";
  const auto last = s.find_last_not_of(" \t");
  return s.substr(first, last - first + 1);
}

double parse_number(const std::string& text, const std::string& key, const std::string& whole) {
  double value = 0;
  const auto* end = text.data() + text.size();
  const auto [ptr, ec] = std::from_chars(text.data(), end, value);
  if (ec != std::errc() || ptr != end) throw BadName(fmt::format("in '{}': {}={} is not a number", whole, key, text));
  return value;
}

}  // namespace

NamedCall NamedCall::parse(const std::string& text) {
  NamedCall call;
  const auto open = text.find('(');
  call.name = trim(text.substr(0, open));
  if (call.name.empty()) throw BadName(fmt::format("'{}' has no name", text));
  for (char c : call.name)
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-' && c != '_')
      throw BadName(fmt::format("'{}' is not a name: use letters, digits, '-' and '_'", call.name));
  if (open == std::string::npos) return call;
  if (text.back() != ')') throw BadName(fmt::format("'{}' is missing its closing ')'", text));
  const std::string inside = text.substr(open + 1, text.size() - open - 2);
  std::size_t pos = 0;
  while (pos < inside.size()) {
    auto comma = inside.find(',', pos);
    if (comma == std::string::npos) comma = inside.size();
    const std::string item = trim(inside.substr(pos, comma - pos));
    pos = comma + 1;
    if (item.empty()) continue;
    const auto eq = item.find('=');
    if (eq == std::string::npos) throw BadName(fmt::format("in '{}': '{}' should be key=value", text, item));
    const std::string key = trim(item.substr(0, eq));
    if (call.args.contains(key)) throw BadName(fmt::format("in '{}': '{}' is given twice", text, key));
    call.args[key] = parse_number(trim(item.substr(eq + 1)), key, text);
  }
  return call;
}

double NamedCall::get(const std::string& key, double fallback) const {
  const auto it = args.find(key);
  return it == args.end() ? fallback : it->second;
}

void NamedCall::allow_only(const std::set<std::string>& allowed) const {
  for (const auto& [key, value] : args) {
    if (allowed.contains(key)) continue;
    std::string list;
    for (const auto& a : allowed) list += (list.empty() ? "" : ", ") + a;
    throw BadName(fmt::format("{} takes no argument '{}' (it takes: {})", name, key, list.empty() ? "none" : list));
  }
}

}  // namespace gdlab::catalog
