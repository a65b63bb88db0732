#include "spec/schema.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <climits>
#include <cmath>
#include <stdexcept>

#include "catalog/objectives.hpp"

namespace gdlab::spec {
namespace {

bool contains(const std::vector<std::string>& list, const std::string& word) {
  return std::find(list.begin(), list.end(), word) != list.end();
}

std::string show(const Value& value) {
  if (const auto* d = std::get_if<double>(&value)) return fmt::format("{}", *d);
  if (const auto* s = std::get_if<std::string>(&value)) return fmt::format("'{}'", *s);
  if (const auto* list = std::get_if<std::vector<double>>(&value)) return fmt::format("[{}]", fmt::join(*list, ", "));
  return "a list of lists";
}

bool is_whole(double v) { return v >= 0 && v <= INT_MAX && v == std::floor(v); }

bool fits_scalar(InputKind kind, double v) {
  switch (kind) {
    case InputKind::whole: return is_whole(v);
    case InputKind::count: return is_whole(v) && v >= 1;
    case InputKind::positive: return v > 0;
    case InputKind::fraction: return v >= 0 && v < 1;
    default: return true;
  }
}

bool fits_list(const InputRule& rule, const std::vector<double>& list, std::optional<std::size_t> length) {
  if (!std::all_of(list.begin(), list.end(), [](double v) { return std::isfinite(v); })) return false;
  if (rule.positive_items)
    return !list.empty() && std::all_of(list.begin(), list.end(), [](double v) { return v > 0; });
  if (rule.length > 0) return list.size() == rule.length;
  return !length || list.size() == *length;
}

}  // namespace

std::vector<std::string> input_names(const EntryRule& entry) {
  std::vector<std::string> names;
  for (const auto& i : entry.inputs) names.push_back(i.name);
  return names;
}

std::string describe(const InputRule& rule, std::optional<std::size_t> length) {
  switch (rule.kind) {
    case InputKind::number: return "a finite number";
    case InputKind::whole: return "a whole number >= 0";
    case InputKind::count: return "a whole number >= 1";
    case InputKind::positive: return "a number > 0";
    case InputKind::fraction: return "a number in [0, 1)";
    case InputKind::objective:
    case InputKind::dataset: return fmt::format("{} ({})", rule.what, join(rule.names));
    case InputKind::list: break;
  }
  if (rule.positive_items) return "a non-empty list of numbers > 0";
  if (rule.length > 0) return fmt::format("a list of {} numbers", rule.length);
  if (!rule.length_of.empty())
    return length ? fmt::format("a list of {} numbers (one per column of {})", *length, rule.length_of)
                  : fmt::format("a list of numbers, one per column of {}", rule.length_of);
  return "a list of numbers";
}

std::string check_value(const InputRule& rule, const Value& value, std::optional<std::size_t> length) {
  bool fits = false;
  if (rule.kind == InputKind::list) {
    const auto* list = std::get_if<std::vector<double>>(&value);
    fits = list && fits_list(rule, *list, length);
  } else if (rule.kind == InputKind::objective || rule.kind == InputKind::dataset) {
    fits = std::holds_alternative<std::string>(value);
  } else {
    const auto* d = std::get_if<double>(&value);
    fits = d && std::isfinite(*d) && fits_scalar(rule.kind, *d);
  }
  return fits ? "" : fmt::format("expected {}, got {}", describe(rule, length), show(value));
}

NameCheck check_name(const InputRule& rule, const std::string& text) {
  try {
    const auto call = catalog::NamedCall::parse(text);
    // A known name of the wrong sort gets this entry's list; an unknown one the catalog's,
    // which names everything it knows.
    const bool known = contains(catalog::objective_names(), call.name);
    if (known && !contains(rule.names, call.name)) return {fmt::format("expected {}, got '{}'", describe(rule), text)};
    if (rule.kind == InputKind::dataset) return {"", static_cast<std::size_t>(catalog::make_dataset(call).X.cols())};
    return {"", static_cast<std::size_t>(catalog::make_objective(call).objective.dim)};
  } catch (const catalog::BadName& e) {
    return {e.what()};
  } catch (const std::exception& e) {  // a reference constructor refusing its arguments
    return {fmt::format("'{}': {}", text, e.what())};
  }
}

bool is_problem_id(const std::string& id) {
  return !id.empty() && std::all_of(id.begin(), id.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
  });
}

// The grader opens submission/<path>: it must stay inside the submission and be C++.
bool is_source_path(const std::string& path) {
  if (path.empty() || path.front() == '/' || !path.ends_with(".cpp") || path.size() < 5) return false;
  std::size_t start = 0;
  while (start <= path.size()) {
    const auto slash = std::min(path.find('/', start), path.size());
    if (path.compare(start, slash - start, "..") == 0 && slash - start == 2) return false;
    start = slash + 1;
  }
  return true;
}

std::string join(const std::vector<std::string>& words) { return fmt::format("{}", fmt::join(words, ", ")); }

}  // namespace gdlab::spec
