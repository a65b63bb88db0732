#include <gtest/gtest.h>

#include <cmath>

#include "gdlab/objectives.hpp"
#include "gdlab/optim.hpp"

namespace gdlab::optim {
namespace {

Result gd(const Objective& f, const Vector& x0, double lr, Options options) {
  GradientDescent rule;
  return minimize(f, x0, rule, constant(lr), options);
}

TEST(Minimize, TraceHasOneEntryPerIterateIncludingTheStart) {
  const auto r = gd(valley(), Vector{{3.5, 1.1}}, 0.05, {.max_steps = 7});
  EXPECT_EQ(r.status, Status::max_steps);
  EXPECT_EQ(r.steps, 7);
  ASSERT_EQ(r.trace.iterates.size(), 8u);
  ASSERT_EQ(r.trace.loss.size(), 8u);
  ASSERT_EQ(r.trace.grad_norm.size(), 8u);
  EXPECT_EQ(r.trace.iterates.front(), (Vector{{3.5, 1.1}}));
  EXPECT_EQ(r.trace.iterates.back(), r.theta);
  for (std::size_t k = 0; k < 8; ++k) {
    EXPECT_EQ(r.trace.loss[k], valley()(r.trace.iterates[k])) << k;
    EXPECT_EQ(r.trace.grad_norm[k], valley().gradient(r.trace.iterates[k]).norm()) << k;
  }
  EXPECT_EQ(r.loss, r.trace.loss.back());
}

TEST(Minimize, RecordsNothingWhenAskedForNothing) {
  const auto r = gd(valley(), Vector{{3.5, 1.1}}, 0.05, {.max_steps = 7, .record = TraceSeries::none()});
  EXPECT_TRUE(r.trace.iterates.empty());
  EXPECT_TRUE(r.trace.loss.empty());
  EXPECT_TRUE(r.trace.grad_norm.empty());
  EXPECT_EQ(r.theta, gd(valley(), Vector{{3.5, 1.1}}, 0.05, {.max_steps = 7}).theta);
}

// §10's rule: the step with g is taken, then the loop stops if |g| < tol.
TEST(Minimize, StopsOnTheGradientNormTheWayTheChapterDoes) {
  const auto r = gd(valley(), Vector{{3.5, 1.1}}, 0.2, {.max_steps = 500, .grad_tol = 1e-4});
  EXPECT_EQ(r.status, Status::converged);
  ASSERT_GE(r.trace.grad_norm.size(), 2u);
  EXPECT_LT(r.trace.grad_norm[r.steps - 1], 1e-4);  // the gradient that triggered the stop
  EXPECT_GE(r.trace.grad_norm[r.steps - 2], 1e-4);  // and the one before did not
  // From the minimum itself: one (zero) step, then stop.
  const auto at_min = gd(valley(), Vector::Zero(2), 0.2, {.max_steps = 500, .grad_tol = 1e-4});
  EXPECT_EQ(at_min.status, Status::converged);
  EXPECT_EQ(at_min.steps, 1);
}

TEST(Minimize, TooLargeARateIsReportedAsDivergedNotAsNaN) {
  // On (x - 3)^2 + 5 each step multiplies the gap by (1 - 2 lr): lr = 1.1 gives -1.2.
  const auto f = as_objective(quadratic_1d(1, 3, 5));
  const auto r = gd(f, Vector::Zero(1), 1.1, {.max_steps = 100000, .divergence_bound = 1e6});
  EXPECT_EQ(r.status, Status::diverged);
  EXPECT_LT(r.steps, 100);
  EXPECT_GT(r.loss, 1e6);
  EXPECT_TRUE(std::isfinite(r.loss));  // stopped before inf, not after

  // Without a bound the loop still stops at the first non-finite value.
  const auto unbounded = gd(f, Vector::Zero(1), 1.1, {.max_steps = 100000});
  EXPECT_EQ(unbounded.status, Status::diverged);
  EXPECT_LT(unbounded.steps, 5000);
}

TEST(Minimize, CanKeepSteppingAfterDivergenceLikeAPlainLoop) {
  const auto f = as_objective(quadratic_1d(1, 3, 5));
  const auto r = gd(f, Vector::Zero(1), 1.1, {.max_steps = 300, .divergence_bound = 1e6, .stop_when_diverged = false});
  EXPECT_EQ(r.status, Status::diverged);
  EXPECT_EQ(r.steps, 300);
}

TEST(Minimize, ConvergesToEachKnownMinimum) {
  for (const auto& [f, x0, lr] :
       {std::tuple{bowl(), Vector{{1.0, 3.0}}, 0.1}, std::tuple{valley(), Vector{{3.5, 1.1}}, 0.1},
        std::tuple{himmelblau(), Vector{{1.0, 1.0}}, 0.01}, std::tuple{rosenbrock(), Vector{{-1.5, 2.0}}, 0.001}}) {
    Momentum rule({.beta = 0.9});
    const auto r = minimize(f, x0, rule, constant(lr), {.max_steps = 200000, .grad_tol = 1e-9});
    EXPECT_EQ(r.status, Status::converged) << f.name;
    double nearest = INFINITY;
    for (const auto& m : f.minima) nearest = std::min(nearest, (r.theta - m).norm());
    EXPECT_LT(nearest, 1e-6) << f.name << " ended at " << r.theta.transpose();
  }
}

TEST(Minimize, RejectsABadStartOrBadOptions) {
  GradientDescent rule;
  EXPECT_THROW(minimize(valley(), Vector::Zero(3), rule, constant(0.1)), std::invalid_argument);
  EXPECT_THROW(minimize(valley(), Vector::Zero(2), rule, constant(0.1), {.max_steps = -1}), std::invalid_argument);
  EXPECT_THROW(minimize(valley(), Vector::Zero(2), rule, constant(0.1), {.grad_tol = -1}), std::invalid_argument);
}

TEST(Minimize, SaddleIsNotAMinimumAndGDLeavesItAlongY) {
  const auto r = gd(saddle(), Vector{{1.0, 1e-3}}, 0.1, {.max_steps = 30});
  EXPECT_LT(std::abs(r.theta(0)), 0.01);  // x shrinks by 0.8 a step
  EXPECT_GT(std::abs(r.theta(1)), 0.2);   // y grows by 1.2 a step
}

}  // namespace
}  // namespace gdlab::optim
