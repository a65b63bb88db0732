#include "grading/repeat.hpp"

#include <fmt/format.h>

#include <cmath>
#include <limits>

namespace gdlab::grading {
namespace {

using nlohmann::json;

// Results are a few levels deep (rows[2].w); a frame nested deeper is no result, and is not
// walked (the frame comes from the student's process, and recursion has a stack).
constexpr int max_depth = 8;

// A number as the harness sends it ("inf", "-inf"), or nothing ("nan" is compared as text).
std::optional<double> number(const json& j) {
  if (j.is_number()) return j.get<double>();
  if (j == "inf") return std::numeric_limits<double>::infinity();
  if (j == "-inf") return -std::numeric_limits<double>::infinity();
  return std::nullopt;
}

bool same_number(double a, double b) {
  if (!std::isfinite(a) || !std::isfinite(b)) return a == b;
  return std::abs(a - b) <= 1e-12 + 1e-9 * std::max(std::abs(a), std::abs(b));
}

// A value in a message; a list or an object by its size, never dumped (its depth is the student's).
std::string shown(const json& j) {
  if (j.is_array()) return fmt::format("a list of {}", j.size());
  if (j.is_object()) return fmt::format("an object of {} fields", j.size());
  const auto text = j.dump(-1, ' ', false, json::error_handler_t::replace);
  return text.size() <= 60 ? text : text.substr(0, 57) + "...";
}

std::string differs(const std::string& where, const std::string& first, const std::string& second) {
  return fmt::format("{}: {} the first time, {} the second", where.empty() ? "the result" : where, first, second);
}

// Depth-first, the first difference only; `where` names the spot in the result.
std::optional<std::string> compare(const json& a, const json& b, const std::string& where, int depth = 0) {
  if (depth > max_depth) return where + ": nested too deeply to compare";
  const auto x = number(a), y = number(b);
  if (x && y) return same_number(*x, *y) ? std::nullopt : std::optional(differs(where, shown(a), shown(b)));
  if (a.is_array() && b.is_array()) {
    if (a.size() != b.size()) return differs(where, fmt::format("{} entries", a.size()), fmt::format("{}", b.size()));
    for (std::size_t i = 0; i < a.size(); ++i)
      if (auto d = compare(a[i], b[i], fmt::format("{}[{}]", where, i), depth + 1)) return d;
    return std::nullopt;
  }
  if (a.is_object() && b.is_object()) {
    for (const auto& [key, value] : a.items()) {
      const auto name = where.empty() ? key : where + "." + key;
      if (!b.contains(key)) return differs(name, shown(value), "nothing");
      if (auto d = compare(value, b[key], name, depth + 1)) return d;
    }
    for (const auto& [key, value] : b.items())
      if (!a.contains(key)) return differs(where.empty() ? key : where + "." + key, "nothing", shown(value));
    return std::nullopt;
  }
  const bool same = a.type() == b.type() && !a.is_structured() && a == b;
  return same ? std::nullopt : std::optional(differs(where, shown(a), shown(b)));
}

}  // namespace

std::optional<std::string> first_difference(const json& first, const json& second) {
  return compare(first, second, "");
}

CheckResult called_twice(const json& payload) {
  constexpr const char* why = "does it keep state between calls (a static variable)?";
  if (payload.contains("again_error"))
    return {"called_twice", false,
            fmt::format("called a second time with the same inputs, your function threw ({}): {}",
                        payload["again_error"].is_string() ? payload["again_error"].get<std::string>() : "?", why)};
  if (!payload.contains("ok") || !payload.contains("again"))
    return {"called_twice", false, "the second call's result is missing (the result channel was tampered with)"};
  if (const auto d = first_difference(payload["ok"], payload["again"]))
    return {"called_twice", false,
            fmt::format("called twice with the same inputs, your function returned something else ({}): {}", *d, why)};
  return {"called_twice", true, "called twice with the same inputs, your function returned the same result"};
}

}  // namespace gdlab::grading
