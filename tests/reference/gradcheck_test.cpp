#include <gtest/gtest.h>

#include "gdlab/gradcheck.hpp"
#include "gdlab/objectives.hpp"

namespace gdlab {
namespace {

TEST(GradientCheck, AcceptsTheRightGradient) {
  const auto check = check_gradient(rosenbrock(), Vector{{-1.2, 1.0}});
  EXPECT_TRUE(check.ok);
  EXPECT_LT(check.max_error, 1e-6);
}

TEST(GradientCheck, CatchesTheCommonMistakes) {
  const Objective f = ellipse();
  const Vector x{{1.0, -2.0}};
  const Vector right = f.gradient(x);
  EXPECT_FALSE(check_gradient(f.value, -right, x).ok);                        // sign
  EXPECT_FALSE(check_gradient(f.value, 0.5 * right, x).ok);                   // missing factor 2
  EXPECT_FALSE(check_gradient(f.value, Vector{{right(0), 2 * x(1)}}, x).ok);  // wrong partial
  const Vector nan_grad = Vector::Constant(2, std::numeric_limits<double>::quiet_NaN());
  EXPECT_FALSE(check_gradient(f.value, nan_grad, x).ok);
}

TEST(GradientCheck, ReportsBothGradients) {
  const auto check = check_gradient(bowl(), Vector{{1.0, 3.0}});
  EXPECT_EQ(check.analytic, (Vector{{2.0, 6.0}}));
  EXPECT_NEAR(check.numeric(1), 6.0, 1e-8);
}

}  // namespace
}  // namespace gdlab
