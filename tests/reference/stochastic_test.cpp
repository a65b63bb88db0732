#include <gtest/gtest.h>

#include "gdlab/datasets.hpp"
#include "gdlab/optim.hpp"

namespace gdlab::optim {
namespace {

const LinearRegression& problem() {
  static const LinearRegression p = [] {
    const Dataset d = problem5(42, 64);
    return LinearRegression(d.X, d.y, false, MseScale::mean);
  }();
  return p;
}

TEST(Stochastic, FullBatchWithoutShufflingIsGradientDescent) {
  GradientDescent a, b;
  const auto full = minimize(problem().objective(), Vector::Zero(3), a, constant(0.05), {.max_steps = 20});
  const auto batch = minimize_stochastic(separable(problem()), Vector::Zero(3), b, constant(0.05),
                                         {.epochs = 20, .batch_size = 64, .shuffle = false});
  EXPECT_EQ(batch.steps, 20);
  ASSERT_EQ(batch.trace.iterates.size(), full.trace.iterates.size());
  for (std::size_t k = 0; k < full.trace.iterates.size(); ++k)
    EXPECT_TRUE(batch.trace.iterates[k].isApprox(full.trace.iterates[k], 1e-13)) << k;
}

TEST(Stochastic, TheSameSeedGivesTheSamePathAndAnotherSeedAnother) {
  auto run = [](std::uint32_t seed) {
    GradientDescent rule;
    return minimize_stochastic(separable(problem()), Vector::Zero(3), rule, constant(0.02),
                               {.epochs = 3, .batch_size = 8, .seed = seed});
  };
  const auto a = run(1), b = run(1), c = run(2);
  EXPECT_EQ(a.steps, 3 * 8);
  EXPECT_EQ(a.theta, b.theta);
  EXPECT_NE(a.theta, c.theta);
}

TEST(Stochastic, SgdGetsCloseToTheLeastSquaresSolution) {
  GradientDescent rule;
  const auto r = minimize_stochastic(separable(problem()), Vector::Zero(3), rule, step_decay(0.05, 0.5, 640),
                                     {.epochs = 60, .batch_size = 1});
  EXPECT_NE(r.status, Status::diverged);
  EXPECT_LT((r.theta - problem().solve()).norm(), 0.05);
}

TEST(Stochastic, DivergesAsAStatus) {
  GradientDescent rule;
  const auto r = minimize_stochastic(separable(problem()), Vector::Zero(3), rule, constant(5.0),
                                     {.epochs = 50, .batch_size = 4, .divergence_bound = 1e8});
  EXPECT_EQ(r.status, Status::diverged);
}

TEST(Stochastic, RejectsABadBatchSize) {
  GradientDescent rule;
  EXPECT_THROW(minimize_stochastic(separable(problem()), Vector::Zero(3), rule, constant(0.1), {.batch_size = 0}),
               std::invalid_argument);
  EXPECT_THROW(minimize_stochastic(separable(problem()), Vector::Zero(3), rule, constant(0.1), {.batch_size = 65}),
               std::invalid_argument);
}

}  // namespace
}  // namespace gdlab::optim
