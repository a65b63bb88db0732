// The second call: two results that agree (to a rounding's worth) pass, any other difference
// is named where it first shows, and no frame, however nested, makes the comparison throw.
#include <gtest/gtest.h>

#include "grading/repeat.hpp"

namespace gdlab::grading {
namespace {

using nlohmann::json;

TEST(Repeat, TheSameResultTwicePasses) {
  const json first = json::parse(R"({"path":[[1,2],["nan","inf"]],"steps":3,"converged":true,
                                     "rows":[{"lr":0.1,"w":"-inf","label":"diverges"}]})");
  EXPECT_FALSE(first_difference(first, first));
  const CheckResult c = called_twice({{"ok", first}, {"again", first}});
  EXPECT_TRUE(c.passed) << c.message;
  EXPECT_EQ(c.kind, "called_twice");
}

TEST(Repeat, RoundingFromAnotherOrderOfAdditionIsTheSame) {
  const double x = 0.1 + 0.2, y = 0.2 + 0.1 + 1e-17;  // a last-bit difference at most
  EXPECT_FALSE(first_difference(json{{"value", x}}, json{{"value", y}}));
  EXPECT_FALSE(first_difference(json{{"value", 1e300}}, json{{"value", 1e300 * (1 + 1e-12)}}));
  EXPECT_TRUE(first_difference(json{{"value", 1.0}}, json{{"value", 1.0 + 1e-6}}));
}

TEST(Repeat, TheFirstDifferenceIsNamedWithBothValues) {
  const json a = json::parse(R"({"path":[[0],[0.6],[1.08]]})"), b = json::parse(R"({"path":[[0],[0.6],[1.2]]})");
  EXPECT_EQ(first_difference(a, b).value_or(""), "path[2][0]: 1.08 the first time, 1.2 the second");
  const json longer = json::parse(R"({"path":[[0],[0.6],[1.08],[0],[0.6],[1.08]]})");
  EXPECT_EQ(first_difference(a, longer).value_or(""), "path: 3 entries the first time, 6 the second");
  EXPECT_EQ(first_difference(json{{"rows", {{{"label", "converges"}}}}}, json{{"rows", {{{"label", "too_slow"}}}}})
                .value_or(""),
            "rows[0].label: \"converges\" the first time, \"too_slow\" the second");
  EXPECT_TRUE(first_difference(json{{"value", "nan"}}, json{{"value", 1.0}}));
  EXPECT_TRUE(first_difference(json{{"value", "inf"}}, json{{"value", "-inf"}}));
  EXPECT_TRUE(first_difference(json{{"steps", 3}}, json{{"steps", 3}, {"converged", true}}));
  EXPECT_TRUE(first_difference(json{{"path", json::array()}}, json{{"path", 5}}));
}

TEST(Repeat, TheCheckSaysWhatToLookFor) {
  const json first = {{"path", {{0}, {1}}}}, second = {{"path", {{0}, {2}}}};
  const CheckResult differs = called_twice({{"ok", first}, {"again", second}});
  EXPECT_FALSE(differs.passed);
  EXPECT_NE(differs.message.find("called twice with the same inputs, your function returned something else "
                                 "(path[1][0]: 1 the first time, 2 the second)"),
            std::string::npos)
      << differs.message;
  EXPECT_NE(differs.message.find("does it keep state between calls (a static variable)?"), std::string::npos);
  const CheckResult threw = called_twice({{"ok", first}, {"again_error", "vector::_M_range_check"}});
  EXPECT_FALSE(threw.passed);
  EXPECT_NE(threw.message.find("your function threw (vector::_M_range_check)"), std::string::npos) << threw.message;
}

// Parsed, never copied: copying a JSON value this deep would itself recurse.
TEST(Repeat, ADeepFrameIsNotWalked) {
  const std::string deep = std::string(100000, '[') + std::string(100000, ']');
  const json payload = json::parse(R"({"ok":{"path":)" + deep + R"(},"again":{"path":)" + deep + "}}");
  const CheckResult c = called_twice(payload);
  EXPECT_FALSE(c.passed);
  EXPECT_NE(c.message.find("nested too deeply"), std::string::npos) << c.message;
  const json other = json::parse(R"({"ok":{"path":)" + deep + R"(},"again":{"path":5}})");
  EXPECT_FALSE(called_twice(other).passed);
}

}  // namespace
}  // namespace gdlab::grading
