#include <gtest/gtest.h>

#include <numeric>

#include "gdlab/datasets.hpp"
#include "gdlab/gradcheck.hpp"
#include "gdlab/random.hpp"
#include "gdlab/regression.hpp"

namespace gdlab {
namespace {

LinearRegression make(bool intercept, MseScale scale) {
  const Dataset d = synthetic_linear(3, 40, Vector{{1.0, -0.5, 2.0}}, 0.3);
  return LinearRegression(d.X, d.y, intercept, scale);
}

TEST(LinearRegression, GradientAgreesWithFiniteDifferencesInAllFourForms) {
  RandomState rng(5);
  for (bool intercept : {false, true}) {
    for (MseScale scale : {MseScale::mean, MseScale::half_mean}) {
      const auto problem = make(intercept, scale);
      const auto f = problem.objective();
      for (int trial = 0; trial < 10; ++trial) {
        const auto check = check_gradient(f, rng.randn(problem.dim()), 1e-6);
        EXPECT_TRUE(check.ok) << f.name << ": " << check.max_error;
      }
    }
  }
}

TEST(LinearRegression, TheTwoScalesDifferByExactlyTwo) {
  const Vector theta{{0.3, 0.1, -0.2, 0.5}};
  const auto mean = make(true, MseScale::mean), half = make(true, MseScale::half_mean);
  EXPECT_DOUBLE_EQ(mean.loss(theta), 2 * half.loss(theta));
  EXPECT_TRUE(mean.gradient(theta).isApprox(2 * half.gradient(theta), 1e-15));
}

TEST(LinearRegression, MatchesTheFormulasOfTheTexts) {
  const Dataset d = rolling_downhill();
  const LinearRegression problem(d.X, d.y, true, MseScale::half_mean);
  const double w = 0.7, b = -0.4;
  const Vector errors = (w * d.X.col(0).array() + b).matrix() - d.y;
  // "Rolling Downhill": dJ/dw = mean(errors * x), dJ/db = mean(errors).
  const Vector g = problem.gradient(Vector{{w, b}});
  EXPECT_NEAR(g(0), errors.cwiseProduct(d.X.col(0)).mean(), 1e-12);
  EXPECT_NEAR(g(1), errors.mean(), 1e-12);
  EXPECT_NEAR(problem.loss(Vector{{w, b}}), errors.squaredNorm() / (2.0 * 10), 1e-12);
}

TEST(LinearRegression, BatchOfAllRowsIsTheFullGradient) {
  const auto problem = make(true, MseScale::mean);
  std::vector<Index> rows(static_cast<std::size_t>(problem.examples()));
  std::iota(rows.begin(), rows.end(), Index{0});
  const Vector theta{{0.2, 0.2, 0.2, 0.2}};
  EXPECT_TRUE(problem.batch_gradient(theta, rows).isApprox(problem.gradient(theta), 1e-14));
  const std::vector<Index> one{7};
  const Vector r7 = problem.predict(theta).segment(7, 1) - problem.y().segment(7, 1);
  EXPECT_NEAR(problem.batch_gradient(theta, one)(3), 2 * r7(0), 1e-14);
}

TEST(LinearRegression, SolveFindsTheZeroOfTheGradient) {
  for (bool intercept : {false, true}) {
    const auto problem = make(intercept, MseScale::mean);
    EXPECT_LT(problem.gradient(problem.solve()).norm(), 1e-12);
  }
}

TEST(LinearRegression, RejectsMismatchedShapes) {
  EXPECT_THROW(LinearRegression(Matrix::Zero(3, 2), Vector::Zero(4), false, MseScale::mean), std::invalid_argument);
  const auto problem = make(false, MseScale::mean);
  EXPECT_THROW(problem.loss(Vector::Zero(4)), std::invalid_argument);
}

}  // namespace
}  // namespace gdlab
