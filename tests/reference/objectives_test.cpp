#include <gtest/gtest.h>

#include "gdlab/gradcheck.hpp"
#include "gdlab/objectives.hpp"
#include "gdlab/random.hpp"
#include "gdlab/regression.hpp"

namespace gdlab {
namespace {

std::vector<Objective> surfaces() {
  return {bowl(),
          ellipse(),
          valley(),
          saddle(),
          himmelblau(),
          rosenbrock(),
          rosenbrock(2, 10),
          quadratic_2d(3, 0.5),
          as_objective(quadratic_1d(2, -1, 4))};
}

TEST(Objectives, EveryGradientAgreesWithFiniteDifferencesAtRandomPoints) {
  RandomState rng(2024);
  for (const auto& f : surfaces()) {
    for (int trial = 0; trial < 25; ++trial) {
      const Vector x = 3.0 * rng.randn(f.dim);
      const auto check = check_gradient(f, x, 1e-6);
      EXPECT_TRUE(check.ok) << f.name << " at " << x.transpose() << ": error " << check.max_error;
    }
  }
}

TEST(Objectives, KnownMinimaHaveZeroGradient) {
  for (const auto& f : surfaces()) {
    for (const auto& m : f.minima) EXPECT_LT(f.gradient(m).norm(), 1e-12) << f.name;
  }
}

TEST(Objectives, HimmelblauHasFourMinimaAllAtZero) {
  const Objective f = himmelblau();
  ASSERT_EQ(f.minima.size(), 4u);
  for (const auto& m : f.minima) EXPECT_NEAR(f(m), 0.0, 1e-24) << m.transpose();
}

TEST(Objectives, ValuesAreTheFormulas) {
  const Vector p{{1.5, -2.0}};
  EXPECT_DOUBLE_EQ(bowl()(p), 1.5 * 1.5 + 4.0);
  EXPECT_DOUBLE_EQ(ellipse()(p), 1.5 * 1.5 + 4 * 4.0);
  EXPECT_DOUBLE_EQ(valley()(p), 0.25 * 1.5 * 1.5 + 4 * 4.0);
  EXPECT_DOUBLE_EQ(saddle()(p), 1.5 * 1.5 - 4.0);
  EXPECT_DOUBLE_EQ(rosenbrock()(p), 0.25 + 100 * (-2.0 - 2.25) * (-2.0 - 2.25));
  EXPECT_TRUE(saddle().minima.empty());  // a saddle has none
  // §3's worked example: at (1, 3) the gradient of the bowl is (2, 6).
  EXPECT_EQ(bowl().gradient(Vector{{1.0, 3.0}}), (Vector{{2.0, 6.0}}));
  // Figure 6.2's readout at (3.5, 1.1) on the valley: loss 7.9025, |grad| 8.9723.
  EXPECT_NEAR(valley()(Vector{{3.5, 1.1}}), 7.9025, 5e-5);
  EXPECT_NEAR(valley().gradient(Vector{{3.5, 1.1}}).norm(), 8.9723, 5e-5);
}

TEST(Objectives, Quadratic1DIsTheBooksProblem2) {
  const Function1D f = quadratic_1d(1, 3, 5);
  EXPECT_EQ(f(3), 5);
  EXPECT_EQ(f(0), 14);
  EXPECT_EQ(f.derivative(0), -6);
  EXPECT_EQ(f.minimum_at, 3);
  EXPECT_THROW(quadratic_1d(-1, 0, 0), std::invalid_argument);
}

}  // namespace
}  // namespace gdlab
