#include <gtest/gtest.h>

#include <cmath>
#include <numbers>

#include "gdlab/optim/schedule.hpp"

namespace gdlab::optim {
namespace {

TEST(Schedule, Constant) {
  const auto s = constant(0.05);
  EXPECT_EQ(s(0), 0.05);
  EXPECT_EQ(s(1000), 0.05);
  EXPECT_THROW(constant(0), std::invalid_argument);
  EXPECT_THROW(constant(-0.1), std::invalid_argument);
}

TEST(Schedule, StepDecayDropsByTheFactorEveryPeriod) {
  const auto s = step_decay(0.1, 0.5, 10);
  EXPECT_EQ(s(0), 0.1);
  EXPECT_EQ(s(9), 0.1);
  EXPECT_EQ(s(10), 0.05);
  EXPECT_EQ(s(25), 0.025);
  EXPECT_THROW(step_decay(0.1, 1.5, 10), std::invalid_argument);
  EXPECT_THROW(step_decay(0.1, 0.5, 0), std::invalid_argument);
}

TEST(Schedule, CosineGoesFromTheRateToTheFloor) {
  const auto s = cosine(0.2, 100, 0.02);
  EXPECT_DOUBLE_EQ(s(0), 0.2);
  EXPECT_DOUBLE_EQ(s(50), 0.02 + 0.18 * 0.5);
  EXPECT_DOUBLE_EQ(s(25), 0.02 + 0.18 * (1 + std::cos(std::numbers::pi / 4)) / 2);
  EXPECT_DOUBLE_EQ(s(100), 0.02);
  EXPECT_DOUBLE_EQ(s(150), 0.02);  // stays at the floor after the end
  for (int k = 1; k <= 100; ++k) EXPECT_LE(s(k), s(k - 1)) << k;
}

TEST(Schedule, WarmupRampsThenHandsOver) {
  const auto s = warmup(4, step_decay(0.1, 0.5, 2));
  EXPECT_DOUBLE_EQ(s(0), 0.025);
  EXPECT_DOUBLE_EQ(s(1), 0.05);
  EXPECT_DOUBLE_EQ(s(3), 0.1);
  EXPECT_DOUBLE_EQ(s(4), 0.1);   // after(0)
  EXPECT_DOUBLE_EQ(s(6), 0.05);  // after(2)
  EXPECT_THROW(warmup(0, constant(0.1)), std::invalid_argument);
}

}  // namespace
}  // namespace gdlab::optim
