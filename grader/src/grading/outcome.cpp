#include "grading/outcome.hpp"

#include <cstdint>
#include <limits>
#include <stdexcept>

namespace gdlab::grading {
namespace {

double number(const nlohmann::json& j) {
  if (j.is_number()) return j.get<double>();
  if (j == "nan") return std::numeric_limits<double>::quiet_NaN();
  if (j == "inf") return std::numeric_limits<double>::infinity();
  if (j == "-inf") return -std::numeric_limits<double>::infinity();
  throw std::invalid_argument("a number was expected");
}

// get<int>() of a number outside int's range is undefined behaviour (a float is cast, found by
// fuzz/frame_fuzz), and these numbers come from the student's process: check the range first.
int whole(const nlohmann::json& j) {
  if (j.is_number_unsigned() && j.get<std::uint64_t>() <= std::numeric_limits<int>::max()) return j.get<int>();
  if (j.is_number_integer() && !j.is_number_unsigned()) {
    const auto v = j.get<std::int64_t>();
    if (v >= std::numeric_limits<int>::min() && v <= std::numeric_limits<int>::max()) return static_cast<int>(v);
  }
  throw std::invalid_argument("a whole number of steps was expected");
}

std::size_t length(const nlohmann::json& j) {
  const int n = whole(j);
  if (n < 0) throw std::invalid_argument("a length was expected");
  return static_cast<std::size_t>(n);
}

Vector vector(const nlohmann::json& j) {
  if (!j.is_array()) throw std::invalid_argument("a list of numbers was expected");
  Vector v(static_cast<Index>(j.size()));
  for (Index i = 0; i < v.size(); ++i) v(i) = number(j[static_cast<std::size_t>(i)]);
  return v;
}

}  // namespace

Outcome outcome_from_json(const nlohmann::json& ok) {
  if (!ok.is_object()) throw std::invalid_argument("the result is not an object");
  Outcome o;
  if (ok.contains("path")) {
    if (!ok["path"].is_array()) throw std::invalid_argument("path is not a list");
    for (const auto& row : ok["path"]) o.path.push_back(vector(row));
  }
  if (ok.contains("steps")) o.steps = whole(ok["steps"]);
  if (ok.contains("converged")) o.converged = ok["converged"].get<bool>();
  if (ok.contains("value")) o.value = number(ok["value"]);
  if (ok.contains("gradient")) o.gradient = vector(ok["gradient"]);
  if (ok.contains("cost_history"))
    for (const auto& c : ok["cost_history"]) o.cost_history.push_back(number(c));
  if (ok.contains("own_gradients")) {
    if (!ok["own_gradients"].is_array()) throw std::invalid_argument("own_gradients is not a list");
    for (const auto& g : ok["own_gradients"]) o.own_gradients.push_back(vector(g));
  }
  if (ok.contains("rows")) {
    const auto& names = ok.at("row_numbers");
    for (const auto& r : ok["rows"]) {
      const auto& values = r.at("numbers");
      if (!values.is_array() || values.size() != names.size()) throw std::invalid_argument("a row is not whole");
      Row row{.label = r.value("label", "")};
      for (std::size_t i = 0; i < names.size(); ++i)
        row.numbers.emplace_back(names[i].get<std::string>(), number(values[i]));
      o.rows.push_back(std::move(row));
    }
  }
  if (ok.contains("fields")) {
    if (!ok["fields"].is_object()) throw std::invalid_argument("fields is not an object");
    for (const auto& [name, list] : ok["fields"].items()) {
      if (!list.is_array()) throw std::invalid_argument("a field is not a list");
      auto& values = o.fields[name];  // an empty list is a result too
      for (const auto& x : list) values.push_back(number(x));
    }
  }
  if (ok.contains("coordinate_sizes"))
    for (const auto& c : ok["coordinate_sizes"])
      o.coordinate_sizes.emplace_back(c.at(0).get<std::string>(), length(c.at(1)));
  return o;
}

}  // namespace gdlab::grading
