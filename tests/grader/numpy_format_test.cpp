// numpy_str / numpy_scalar_str against numpy 1.24's own str(), case by case from
// tests/data/numpy_format.json (made by tools/numpy/make_format_cases.py).
#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "text/numpy_format.hpp"

namespace gdlab::text {
namespace {

const nlohmann::json& cases() {
  static const nlohmann::json doc = [] {
    std::ifstream in(GDLAB_TEST_DATA_DIR "/numpy_format.json");
    return nlohmann::json::parse(in);
  }();
  return doc;
}

// Values are stored as Python repr strings ("0.1", "-0.0", "inf", "nan"); strtod reads
// each back to the exact same double.
double value(const nlohmann::json& v) { return std::strtod(v.get<std::string>().c_str(), nullptr); }

std::string show(const std::vector<std::string>& values) {
  std::string s = "[";
  for (const auto& v : values) s += (s.size() > 1 ? ", " : "") + v;
  return s + "]";
}

TEST(NumpyFormat, ArraysMatchNumpy) {
  const auto& arrays = cases().at("arrays");
  ASSERT_GT(arrays.size(), 300u);
  for (const auto& c : arrays) {
    const auto raw = c.at("values").get<std::vector<std::string>>();
    Eigen::VectorXd a(static_cast<Eigen::Index>(raw.size()));
    for (std::size_t i = 0; i < raw.size(); ++i) a[static_cast<Eigen::Index>(i)] = value(c["values"][i]);
    EXPECT_EQ(numpy_str(a), c.at("str").get<std::string>()) << "np.array(" << show(raw) << ")";
  }
}

TEST(NumpyFormat, ScalarsMatchNumpy) {
  const auto& scalars = cases().at("scalars");
  ASSERT_GT(scalars.size(), 50u);
  for (const auto& c : scalars) {
    const auto raw = c.at("value").get<std::string>();
    EXPECT_EQ(numpy_scalar_str(value(c["value"])), c.at("str").get<std::string>()) << "np.float64(" << raw << ")";
  }
}

// The course's print line, as a reader sees it.
TEST(NumpyFormat, CourseExamples) {
  EXPECT_EQ(numpy_str(Eigen::Vector3d(1.5, -2.0, 0.7)), "[ 1.5 -2.   0.7]");
  EXPECT_EQ(numpy_str(Eigen::Vector2d(3.2, 0.2)), "[3.2 0.2]");
  EXPECT_EQ(numpy_str(Eigen::VectorXd()), "[]");
  EXPECT_EQ(numpy_scalar_str(1e-5), "1e-05");
  EXPECT_EQ(numpy_scalar_str(3.0), "3.0");
}

}  // namespace
}  // namespace gdlab::text
