// A path whose points have another dimension than the problem's (a student who made
// Path(steps + 1) and then pushed back, so the path begins with empty points) fails the checks
// that read it, saying which point, and never reads past a vector (it crashed `gdlab check`).
#include <gtest/gtest.h>

#include "grading/checks.hpp"

namespace gdlab::grading {
namespace {

TEST(Checks, APointOfAnotherDimensionFailsRateAndLoopAndSaysWhichPoint) {
  Outcome student;
  student.path = {Vector(), Vector(), Vector::Constant(2, 1.0), Vector::Constant(2, 0.5)};
  Expected expected;
  expected.optimum = Vector::Zero(2);
  expected.lr = 0.5;
  const CheckResult rate = evaluate({.kind = "rate", .numbers = {{"expected", 0.5}}}, student, expected);
  EXPECT_FALSE(rate.passed);
  EXPECT_EQ(rate.message, "point 0 of your path has 0 coordinates; the minimum has 2");

  student.own_gradients = {Vector::Constant(2, 1.0), Vector::Constant(2, 1.0), Vector::Constant(2, 1.0)};
  const CheckResult loop = evaluate({.kind = "loop"}, student, expected);
  EXPECT_FALSE(loop.passed);
  EXPECT_EQ(loop.message, "point 0 of your path has 0 coordinates and your gradient there has 2");
}

}  // namespace
}  // namespace gdlab::grading
