// Reading the committed numpy outputs (tests/data/*.json, made by tools/numpy/).
#pragma once

#include <cmath>
#include <fstream>
#include <limits>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "gdlab/types.hpp"

namespace gdlab::testing {

inline nlohmann::json load_json(const std::string& file) {
  std::ifstream in(std::string(GDLAB_TEST_DATA_DIR) + "/" + file);
  if (!in) throw std::runtime_error("cannot open test data " + file);
  return nlohmann::json::parse(in);
}

inline const nlohmann::json& course() {
  static const nlohmann::json data = load_json("course_expected.json");
  return data;
}

// A number, or one of the strings "inf", "-inf", "nan" that stand for what JSON cannot hold.
inline double number(const nlohmann::json& j) {
  if (j.is_number()) return j.get<double>();
  const auto s = j.get<std::string>();
  if (s == "inf") return std::numeric_limits<double>::infinity();
  if (s == "-inf") return -std::numeric_limits<double>::infinity();
  return std::numeric_limits<double>::quiet_NaN();
}

inline Vector vector(const nlohmann::json& j) {
  if (j.is_number() || j.is_string()) return Vector::Constant(1, number(j));
  Vector v(static_cast<Index>(j.size()));
  for (Index i = 0; i < v.size(); ++i) v(i) = number(j[static_cast<std::size_t>(i)]);
  return v;
}

inline std::vector<Vector> path(const nlohmann::json& j) {
  std::vector<Vector> out;
  for (const auto& row : j) out.push_back(vector(row));
  return out;
}

inline Matrix matrix(const nlohmann::json& rows) {
  Matrix m(static_cast<Index>(rows.size()), static_cast<Index>(rows.at(0).size()));
  for (Index i = 0; i < m.rows(); ++i) m.row(i) = vector(rows[static_cast<std::size_t>(i)]).transpose();
  return m;
}

}  // namespace gdlab::testing
