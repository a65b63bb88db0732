// The course's own programs, run by the reference optimisers, against what numpy computed
// (tests/data/course_expected.json, made by tools/numpy/make_expected.py).
#include <gtest/gtest.h>

#include "expected.hpp"
#include "gdlab/core.hpp"
#include "gdlab/optim.hpp"

namespace gdlab::optim {
namespace {

using testing::course;

constexpr double tol = 1e-12;

void expect_path_near(const Path& got, const Path& want, double atol = tol) {
  ASSERT_EQ(got.size(), want.size());
  for (std::size_t k = 0; k < got.size(); ++k) {
    const double err = (got[k] - want[k]).cwiseAbs().maxCoeff();
    ASSERT_LE(err, atol) << "iterate " << k << ": got " << got[k].transpose() << ", numpy " << want[k].transpose();
  }
}

Result run(const Objective& f, const Vector& x0, UpdateRule&& rule, double lr, int steps, double grad_tol = 0) {
  return minimize(f, x0, rule, constant(lr), {.max_steps = steps, .grad_tol = grad_tol, .stop_when_diverged = false});
}

TEST(Course, Problem2) {
  const auto& c = course()["problem2"];
  const auto r = run(as_objective(quadratic_1d(1, 3, 5)), testing::vector(c["x0"]), GradientDescent{},
                     c["lr"].get<double>(), c["steps"].get<int>());
  expect_path_near(r.trace.iterates, testing::path(c["path"]));
  for (std::size_t k = 0; k < r.trace.loss.size(); ++k) EXPECT_NEAR(r.trace.loss[k], c["f"][k].get<double>(), tol);
}

TEST(Course, Problem2RateIsOneMinusTwoAlpha) {
  const auto& c = course()["problem2"];
  const auto path = testing::path(c["path"]);
  for (std::size_t k = 1; k < path.size(); ++k)
    EXPECT_NEAR((path[k](0) - 3) / (path[k - 1](0) - 3), 1 - 2 * 0.1, 1e-12);
}

TEST(Course, Problem2Variants) {
  for (const auto& c : course()["problem2_variants"]) {
    const auto r = run(as_objective(quadratic_1d(c["a"], c["c"], c["d"])), testing::vector(c["x0"]), GradientDescent{},
                       c["lr"].get<double>(), c["steps"].get<int>());
    const auto want = testing::path(c["path"]);
    expect_path_near(r.trace.iterates, want, tol * std::max(1.0, want.back().cwiseAbs().maxCoeff()));
  }
}

TEST(Course, Problem3) {
  const auto& c = course()["problem3"];
  const auto r = run(ellipse(), testing::vector(c["theta0"]), GradientDescent{}, c["lr"], c["steps"]);
  expect_path_near(r.trace.iterates, testing::path(c["path"]));
}

TEST(Course, Problem4HeavyBall) {
  const auto& c = course()["problem4"];
  const auto r =
      run(ellipse(), testing::vector(c["theta0"]), Momentum({.beta = c["beta"].get<double>()}), c["lr"], c["steps"]);
  expect_path_near(r.trace.iterates, testing::path(c["path"]));
  for (std::size_t k = 0; k < r.trace.loss.size(); ++k) EXPECT_NEAR(r.trace.loss[k], c["loss"][k].get<double>(), tol);
}

TEST(Course, Problem4IsNotTheEmaForm) {
  const auto& c = course()["problem4"];
  const auto r = run(ellipse(), testing::vector(c["theta0"]), Momentum({.beta = 0.9, .form = MomentumForm::ema}),
                     c["lr"], c["steps"]);
  EXPECT_GT((r.theta - testing::path(c["path"]).back()).norm(), 0.1);
}

TEST(Course, Section10BothRuns) {
  for (const char* id : {"section10", "section10_converges"}) {
    const auto& c = course()[id];
    const auto r = run(valley(), testing::vector(c["theta0"]), GradientDescent{}, c["lr"], c["max_steps"], c["tol"]);
    EXPECT_EQ(r.steps, c["steps_taken"].get<int>()) << id;
    EXPECT_EQ(r.status == Status::converged, c["converged"].get<bool>()) << id;
    expect_path_near(r.trace.iterates, testing::path(c["path"]));
    EXPECT_NEAR(r.loss, c["final_loss"].get<double>(), tol) << id;
  }
}

TEST(Course, Problem5) {
  const auto& c = course()["problem5"];
  const Dataset d = problem5(c["seed"], c["n"]);
  const LinearRegression problem(d.X, d.y, false, MseScale::mean);
  const auto r = run(problem.objective(), Vector::Zero(3), GradientDescent{}, c["lr"], c["steps"]);
  expect_path_near(r.trace.iterates, testing::path(c["path"]));
  for (std::size_t k = 0; k < r.trace.loss.size(); ++k)
    EXPECT_NEAR(r.trace.loss[k], c["loss"][k].get<double>(), tol) << k;
}

TEST(Course, Problem5OnOtherData) {
  const auto& c = course()["problem5_variants"][0];
  const Dataset d = synthetic_linear(c["seed"], c["n"], testing::vector(c["true_beta"]), c["noise"]);
  const LinearRegression problem(d.X, d.y, false, MseScale::mean);
  const auto r = run(problem.objective(), Vector::Zero(d.X.cols()), GradientDescent{}, c["lr"], c["steps"]);
  expect_path_near(r.trace.iterates, testing::path(c["path"]));
}

// The text's prose says w = 2.52, b = 4.70; its code gives w = 2.583, b = 5.300. We follow numpy.
TEST(Course, RollingDownhill) {
  const auto& c = course()["rolling_downhill"];
  const Dataset d = rolling_downhill();
  const LinearRegression problem(d.X, d.y, true, MseScale::half_mean);
  const auto r = run(problem.objective(), Vector::Zero(2), GradientDescent{}, c["lr"], c["iterations"]);
  const auto w = testing::vector(c["w"]), b = testing::vector(c["b"]);
  ASSERT_EQ(r.trace.iterates.size(), static_cast<std::size_t>(w.size()));
  for (Index k = 0; k < w.size(); ++k) {
    ASSERT_NEAR(r.trace.iterates[k](0), w(k), tol) << k;
    ASSERT_NEAR(r.trace.iterates[k](1), b(k), tol) << k;
  }
  // cost_history holds the 1/N cost after each update: twice the 1/(2N) loss.
  const auto cost = testing::vector(c["cost_history"]);
  for (Index k = 0; k < cost.size(); ++k) ASSERT_NEAR(2 * r.trace.loss[k + 1], cost(k), tol) << k;
}

TEST(Course, RollingDownhillSweepLabelsAgreeWithNumpy) {
  const Dataset d = rolling_downhill();
  const LinearRegression problem(d.X, d.y, true, MseScale::half_mean);
  for (const auto& c : course()["rolling_sweep"]["results"]) {
    const double lr = c["lr"];
    const auto r = run(problem.objective(), Vector::Zero(2), GradientDescent{}, lr, 1000);
    EXPECT_EQ(r.status == Status::diverged, !c["finite"].get<bool>()) << "lr " << lr;
    if (c["finite"].get<bool>()) {
      EXPECT_NEAR(r.theta(0), c["w"].get<double>(), tol);
      EXPECT_NEAR(2 * r.loss, c["final_cost"].get<double>(), tol);
    }
  }
}

}  // namespace
}  // namespace gdlab::optim
