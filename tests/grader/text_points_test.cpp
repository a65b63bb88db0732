// text::points: how every report, gradebook and page writes a score.
#include <gtest/gtest.h>

#include "text/points.hpp"

namespace gdlab::text {
namespace {

TEST(TextPoints, WritesPointsWithoutNoise) {
  EXPECT_EQ(points(2), "2");
  EXPECT_EQ(points(2.5), "2.5");
  EXPECT_EQ(points(0.1 + 0.2), "0.3");
  EXPECT_EQ(points(1.0 / 3), "0.33");
  EXPECT_EQ(points(-0.001), "0");  // rounds to -0.00: no minus sign on nothing
}

}  // namespace
}  // namespace gdlab::text
